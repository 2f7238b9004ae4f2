package dev.atlvs.testing.guardrails;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.repository.Repository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.SqlOperation;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlCall;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlScript;
import org.jdbi.v3.sqlobject.statement.SqlScripts;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Finds the Jdbi SqlObject repository interfaces a module holds, so that a repository missing from
 * {@link AtlvsModule#repositories()} (and therefore from the generated {@link QueryCheck}) fails the
 * module's guardrail suite. The scan reads the class-path entry (jar or class directory) that holds the
 * module's {@link AtlvsModule} implementation: exactly the module's own classes, never its tests or
 * another module's.
 *
 * <pre>{@code
 * assertThat(RepositoryScan.undeclared(module)).isEmpty();
 * }</pre>
 */
public final class RepositoryScan {

    private RepositoryScan() {}

    /**
     * Whether {@code type} is a repository: an interface, without type parameters, that extends
     * {@link Repository} or declares a Jdbi statement method ({@code @SqlQuery}, {@code @SqlUpdate},
     * {@code @SqlBatch}, {@code @SqlCall}, {@code @SqlScript}, or a custom annotation marked {@link SqlOperation}). Generic bases such as
     * {@code Repository<T>} are not repositories themselves; their statements are checked through the
     * repositories that extend them.
     */
    public static boolean isRepository(Class<?> type) {
        if (!type.isInterface() || type.isAnnotation() || type.getTypeParameters().length > 0) {
            return false;
        }
        if (Repository.class.isAssignableFrom(type)) {
            return true;
        }
        for (Method method : type.getDeclaredMethods()) {
            if (isStatement(method)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code method} carries a Jdbi statement annotation. */
    static boolean isStatement(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (STATEMENTS.contains(type) || type.isAnnotationPresent(SqlOperation.class)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<Class<? extends Annotation>> STATEMENTS =
            Set.of(SqlQuery.class, SqlUpdate.class, SqlBatch.class, SqlCall.class, SqlScript.class, SqlScripts.class);

    /** Every repository interface in the class-path entry of {@code module}, by name. */
    public static List<Class<?>> in(AtlvsModule module) {
        requireNonNull(module, "module is null");
        Class<?> anchor = module.getClass();
        ClassLoader loader = anchor.getClassLoader();
        List<Class<?>> found = new ArrayList<>();
        for (String name : classNames(anchor)) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError unloadable) {
                continue;
            }
            if (!type.isAnonymousClass() && !type.isLocalClass() && isRepository(type)) {
                found.add(type);
            }
        }
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }

    /** The repository interfaces in the class-path entry of {@code module} that it does not declare. */
    public static List<Class<?>> undeclared(AtlvsModule module) {
        List<Class<?>> declared = module.repositories();
        return in(module).stream().filter(type -> !declared.contains(type)).toList();
    }

    private static TreeSet<String> classNames(Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("the class-path entry of " + anchor.getName() + " is unknown; its repositories cannot be scanned");
        }
        URL location = source.getLocation();
        Path root;
        try {
            root = Path.of(location.toURI());
        } catch (URISyntaxException | IllegalArgumentException unreadable) {
            throw new IllegalStateException("cannot read the class-path entry " + location, unreadable);
        }
        TreeSet<String> names = new TreeSet<>();
        try {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(file -> file.getFileName().toString().endsWith(".class"))
                            .map(file -> root.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
                            .forEach(entry -> add(names, entry));
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    jar.stream().map(entry -> entry.getName()).forEach(entry -> add(names, entry));
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read the class-path entry " + root, failure);
        }
        return names;
    }

    private static void add(TreeSet<String> names, String entry) {
        if (entry.endsWith(".class") && !entry.startsWith("META-INF/") && !entry.endsWith("module-info.class")
                && !entry.endsWith("package-info.class")) {
            names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
        }
    }
}
