package dev.atlvs.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarXzArchiveTest {

    @TempDir
    Path target;

    @Test
    void filesKeepTheirContentAndExecutablesBecomeExecutableByEveryone() throws Exception {
        var archive = archive(
                file("bin/initdb", 0700, "#!/bin/sh\n"),
                file("share/postgres.bki", 0600, "bootstrap"));

        TarXzArchive.extract(archive, target);

        assertThat(target.resolve("share/postgres.bki")).hasContent("bootstrap");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("bin/initdb"))))
                .isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("share/postgres.bki"))))
                .isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("bin"))))
                .isEqualTo("rwxr-xr-x");
    }

    @Test
    void symbolicAndHardLinksArePreserved() throws Exception {
        var symlink = new TarArchiveEntry("lib/libpq.so", TarArchiveEntry.LF_SYMLINK);
        symlink.setLinkName("libpq.so.5");
        var hardLink = new TarArchiveEntry("lib/libpq.copy", TarArchiveEntry.LF_LINK);
        hardLink.setLinkName("lib/libpq.so.5");
        var archive = archive(file("lib/libpq.so.5", 0644, "library"), entry(symlink), entry(hardLink));

        TarXzArchive.extract(archive, target);

        assertThat(Files.isSymbolicLink(target.resolve("lib/libpq.so"))).isTrue();
        assertThat(Files.readSymbolicLink(target.resolve("lib/libpq.so"))).isEqualTo(Path.of("libpq.so.5"));
        assertThat(target.resolve("lib/libpq.so")).hasContent("library");
        assertThat(Files.isSameFile(target.resolve("lib/libpq.copy"), target.resolve("lib/libpq.so.5"))).isTrue();
    }

    @Test
    void entriesOutsideTheTargetAreRejected() throws Exception {
        var archive = archive(file("../escaped", 0644, "x"));

        assertThatThrownBy(() -> TarXzArchive.extract(archive, target))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("outside");
        assertThat(target.resolveSibling("escaped")).doesNotExist();
    }

    @Test
    void linksOutOfTheTargetAreRejected() throws Exception {
        var absolute = new TarArchiveEntry("lib/passwd", TarArchiveEntry.LF_SYMLINK);
        absolute.setLinkName("/etc/passwd");
        var relative = new TarArchiveEntry("lib/up", TarArchiveEntry.LF_SYMLINK);
        relative.setLinkName("../../up");

        assertThatThrownBy(() -> TarXzArchive.extract(archive(entry(absolute)), target)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> TarXzArchive.extract(archive(entry(relative)), target)).isInstanceOf(IOException.class);
        assertThat(Files.exists(target.resolve("lib/passwd"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(target.resolve("lib/up"), LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    private record Entry(TarArchiveEntry header, byte[] content) {}

    private static Entry file(String name, int mode, String content) {
        var header = new TarArchiveEntry(name);
        var bytes = content.getBytes(StandardCharsets.UTF_8);
        header.setMode(mode);
        header.setSize(bytes.length);
        return new Entry(header, bytes);
    }

    private static Entry entry(TarArchiveEntry header) {
        return new Entry(header, new byte[0]);
    }

    private static ByteArrayInputStream archive(Entry... entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var tar = new TarArchiveOutputStream(new XZCompressorOutputStream(bytes))) {
            for (Entry entry : entries) {
                tar.putArchiveEntry(entry.header());
                tar.write(entry.content());
                tar.closeArchiveEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
