package dev.atlvs.core.migration.internal;

import dev.atlvs.core.module.AtlvsModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The newest migration version each module's jar holds, read once per JVM from the class path (a directory or a jar),
 * so that a start-up can tell a database that is behind without Flyway's full scan.
 */
final class AvailableMigrations {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");
    private static final ConcurrentHashMap<String, Optional<String>> LATEST = new ConcurrentHashMap<>();

    private AvailableMigrations() {
    }

    static Optional<String> latest(AtlvsModule module) {
        return LATEST.computeIfAbsent(module.migrationLocation(), location -> scan(module, location));
    }

    private static Optional<String> scan(AtlvsModule module, String location) {
        if (!location.startsWith("classpath:")) {
            return Optional.empty();
        }
        String folder = location.substring("classpath:".length()).replaceAll("^/+|/+$", "");
        MigrationVersion newest = null;
        try {
            Enumeration<URL> roots = module.getClass().getClassLoader().getResources(folder);
            while (roots.hasMoreElements()) {
                for (String name : names(roots.nextElement(), folder)) {
                    Matcher versioned = VERSIONED.matcher(name);
                    if (versioned.matches()) {
                        MigrationVersion version = MigrationVersion.fromVersion(versioned.group(1).replace('_', '.'));
                        if (newest == null || version.compareTo(newest) > 0) {
                            newest = version;
                        }
                    }
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("the migrations of module " + module.name() + " cannot be listed", failure);
        }
        return newest == null ? Optional.empty() : Optional.of(newest.getVersion());
    }

    private static java.util.List<String> names(URL root, String folder) throws IOException {
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                return files.map(file -> file.getFileName().toString()).toList();
            } catch (URISyntaxException failure) {
                throw new IOException(failure);
            }
        }
        if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = folder + "/";
                return jar.stream().map(JarEntry::getName)
                        .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0)
                        .map(name -> name.substring(prefix.length())).toList();
            }
        }
        return java.util.List.of();
    }
}
