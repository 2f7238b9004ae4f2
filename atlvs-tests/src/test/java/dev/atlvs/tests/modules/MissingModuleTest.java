package dev.atlvs.tests.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.projects.ProjectsPermissions;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A host whose class path holds atlvs-finance but not atlvs-projects, which finance depends on: the SDK
 * refuses to start, naming the module and the missing dependency, before it touches the database.
 */
class MissingModuleTest {

    @Test
    void anSdkWithFinanceButWithoutProjectsRefusesToStart() throws Exception {
        Path projects = Path.of(ProjectsPermissions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        URL[] withoutProjects = Arrays.stream(classPath.split(File.pathSeparator))
                .map(Path::of)
                .filter(entry -> !entry.toAbsolutePath().equals(projects.toAbsolutePath()))
                .map(entry -> {
                    try {
                        return entry.toUri().toURL();
                    } catch (java.net.MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(URL[]::new);
        assertThat(withoutProjects).hasSizeLessThan(classPath.split(File.pathSeparator).length);
        // A data source that fails the test if the SDK ever asks it for a connection.
        DataSource untouched = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    throw new AssertionError("the SDK used the database before checking its modules: " + method.getName());
                });

        try (URLClassLoader host = new URLClassLoader(withoutProjects, ClassLoader.getPlatformClassLoader())) {
            Class<?> atlvs = Class.forName("dev.atlvs.core.Atlvs", true, host);
            Object builder = atlvs.getMethod("builder", DataSource.class).invoke(null, untouched);
            assertThatThrownBy(() -> {
                try {
                    builder.getClass().getMethod("build").invoke(builder);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }).satisfies(failure -> {
                assertThat(failure.getClass().getName()).isEqualTo("dev.atlvs.core.error.AtlvsException");
                assertThat(failure.getMessage()).contains("[MODULE_SETUP_INVALID]")
                        .contains("module finance needs module projects, which is not on the class path: add the atlvs-projects dependency");
            });
        }
    }
}
