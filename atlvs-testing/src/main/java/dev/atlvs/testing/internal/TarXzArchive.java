package dev.atlvs.testing.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Extracts an xz-compressed tar archive, keeping symbolic links, hard links and execute bits.
 *
 * <p>Every file and directory is made readable by all users, and every executable file executable by
 * all, so that a server started under another operating-system user can run the binaries. Entries
 * and links that would point outside the target directory are rejected.
 */
public final class TarXzArchive {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private TarXzArchive() {}

    /**
     * Extracts {@code archive} into {@code target}, which must be an existing directory.
     *
     * @throws IOException if the archive cannot be read or contains an entry outside {@code target}
     */
    public static void extract(InputStream archive, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = inside(root, root.resolve(entry.getName()), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Path link = Path.of(entry.getLinkName());
                    if (link.isAbsolute()) {
                        throw new IOException("Archive entry " + entry.getName() + " links to an absolute path");
                    }
                    inside(root, path.resolveSibling(link), entry.getName());
                    createParent(path);
                    Files.createSymbolicLink(path, link);
                } else if (entry.isLink()) {
                    Path existing = inside(root, root.resolve(entry.getLinkName()), entry.getName());
                    createParent(path);
                    Files.createLink(path, existing);
                } else if (entry.isFile()) {
                    createParent(path);
                    Files.copy(tar, path);
                    int mode = entry.getMode() & 0777;
                    setMode(path, (mode & 0111) != 0 ? mode | 0555 : mode | 0444);
                }
            }
        }
        openDirectories(root);
    }

    /** Gives every directory under {@code root} mode 0755, whatever the umask made of it. */
    private static void openDirectories(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    setMode(path, 0755);
                }
            }
        }
    }

    private static Path inside(Path root, Path path, String entryName) throws IOException {
        Path normalized = path.normalize();
        if (!normalized.startsWith(root)) {
            throw new IOException("Archive entry " + entryName + " points outside the target directory");
        }
        return normalized;
    }

    private static void createParent(Path path) throws IOException {
        Files.createDirectories(path.getParent());
    }

    static void setMode(Path path, int mode) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(path, permissions(mode));
        }
    }

    /** The permissions of an octal mode such as {@code 0755}. */
    static Set<PosixFilePermission> permissions(int mode) {
        var permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
        };
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }
}
