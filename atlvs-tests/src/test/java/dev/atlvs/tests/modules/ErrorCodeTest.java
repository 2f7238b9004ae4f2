package dev.atlvs.tests.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ErrorCode;
import dev.atlvs.core.module.AtlvsModules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Error codes are stable identifiers: every number is unique across all modules, and each module's
 * enum keeps to its own block of a thousand (core 1000-1999). Every {@link ErrorCode} enum under
 * {@code dev.atlvs} on the class path is checked, so a new module's codes are covered without new test
 * code.
 */
class ErrorCodeTest {
    private static List<Class<? extends Enum<?>>> enums;

    @BeforeAll
    static void findEveryErrorCodeEnum() throws IOException {
        enums = errorCodeEnums();
    }

    @Test
    void theScanFindsTheCoreCodes() {
        assertThat(enums).contains(CoreErrorCode.class);
    }

    @Test
    void everyCoreCodeIsWithinTheCoreRange() {
        assertThat(CoreErrorCode.values()).allSatisfy(code -> assertThat(code.number()).as(code.name()).isBetween(1000, 1999));
    }

    @Test
    void everyCodeNumberIsUniqueAcrossModules() {
        Map<Integer, List<String>> byNumber = new HashMap<>();
        for (ErrorCode code : allCodes()) {
            byNumber.computeIfAbsent(code.number(), n -> new ArrayList<>()).add(code.getClass().getSimpleName() + "." + code.name());
        }
        assertThat(byNumber.values()).allSatisfy(names -> assertThat(names).as("codes sharing a number").hasSize(1));
    }

    @Test
    void eachModuleKeepsToItsOwnBlockOfAThousand() {
        Map<Integer, List<String>> enumsByBlock = new HashMap<>();
        for (Class<? extends Enum<?>> type : enums) {
            TreeSet<Integer> blocks = new TreeSet<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                blocks.add(((ErrorCode) constant).number() / 1000);
            }
            assertThat(blocks).as("blocks of %s", type.getName()).hasSize(1);
            assertThat(blocks.first()).as("block of %s", type.getName()).isPositive();
            enumsByBlock.computeIfAbsent(blocks.first(), b -> new ArrayList<>()).add(type.getName());
        }
        assertThat(enumsByBlock.values()).allSatisfy(owners -> assertThat(owners).as("enums sharing a block").hasSize(1));
        assertThat(enumsByBlock).containsEntry(1, List.of(CoreErrorCode.class.getName()));
    }

    @Test
    void everyErrorCodeEnumBelongsToTheBlockOfAnInstalledModule() {
        List<ErrorCode> declared = AtlvsModules.installed().inDependencyOrder().stream()
                .flatMap(module -> module.errorCodes().codes().stream()).toList();
        assertThat(enums).hasSizeGreaterThanOrEqualTo(3);
        assertThat(declared).as("codes declared by the modules' error-code blocks").containsExactlyInAnyOrderElementsOf(allCodes());
    }

    @Test
    void everyCodeHasACategory() {
        assertThat(allCodes()).allSatisfy(code -> assertThat(code.category()).as(code.name()).isNotNull());
    }

    private static List<ErrorCode> allCodes() {
        return enums.stream().flatMap(type -> Stream.of(type.getEnumConstants())).map(ErrorCode.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Enum<?>>> errorCodeEnums() throws IOException {
        ClassLoader loader = ErrorCodeTest.class.getClassLoader();
        List<Class<? extends Enum<?>>> found = new ArrayList<>();
        for (String name : classNamesUnder("dev/atlvs/", loader)) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError unloadable) {
                continue;
            }
            if (type.isEnum() && ErrorCode.class.isAssignableFrom(type) && !found.contains(type)) {
                found.add((Class<? extends Enum<?>>) type);
            }
        }
        return found;
    }

    private static TreeSet<String> classNamesUnder(String prefix, ClassLoader loader) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        Enumeration<URL> roots = loader.getResources(prefix);
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if (root.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream()
                            .map(entry -> entry.getName())
                            .filter(entry -> entry.startsWith(prefix) && entry.endsWith(".class") && !entry.contains("$"))
                            .forEach(entry -> names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.')));
                }
            } else if (root.getProtocol().equals("file")) {
                Path directory;
                try {
                    directory = Path.of(root.toURI());
                } catch (URISyntaxException malformed) {
                    throw new IOException(malformed);
                }
                Path base = directory.resolve("../..").normalize();
                try (Stream<Path> files = Files.walk(directory)) {
                    files.filter(file -> file.toString().endsWith(".class") && !file.getFileName().toString().contains("$"))
                            .forEach(file -> {
                                String relative = base.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                                names.add(relative.substring(0, relative.length() - ".class".length()));
                            });
                } catch (UncheckedIOException failure) {
                    throw failure.getCause();
                }
            }
        }
        return names;
    }
}
