package dev.atlvs.testing.internal;

import dev.atlvs.testing.TestDatabaseException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The operating-system user that the embedded server's processes run as.
 *
 * <p>PostgreSQL refuses to run as root ({@code initdb: cannot be run as root}). When this JVM runs as
 * root, as it often does in containers and on CI machines, every PostgreSQL command is therefore
 * started through {@code setpriv} as uid and gid {@value #UNPRIVILEGED_ID} ({@code nobody}), or,
 * where util-linux's {@code setpriv} is missing, through {@code runuser -u nobody}. Otherwise the
 * commands run as the JVM's own user.
 */
public final class OperatingSystemUser {

    /** The uid and gid of {@code nobody} that the server runs as when the JVM is root. */
    public static final int UNPRIVILEGED_ID = 65534;

    private static final String UNPRIVILEGED_NAME = "nobody";

    private enum Switch { NONE, SETPRIV, RUNUSER }

    private final Switch userSwitch;
    private final String switchExecutable;

    private OperatingSystemUser(Switch userSwitch, String switchExecutable) {
        this.userSwitch = userSwitch;
        this.switchExecutable = switchExecutable;
    }

    /** The user for this JVM: itself, or {@code nobody} when the JVM is root. */
    public static OperatingSystemUser forThisJvm() {
        if (!jvmIsRoot()) {
            return new OperatingSystemUser(Switch.NONE, null);
        }
        var setpriv = findExecutable("setpriv");
        if (setpriv.isPresent()) {
            return new OperatingSystemUser(Switch.SETPRIV, setpriv.get().toString());
        }
        var runuser = findExecutable("runuser");
        if (runuser.isPresent()) {
            return new OperatingSystemUser(Switch.RUNUSER, runuser.get().toString());
        }
        throw new TestDatabaseException("This JVM runs as root, and PostgreSQL refuses to run as root, but neither "
                + "setpriv nor runuser (util-linux) is installed to start it as an unprivileged user. Install "
                + "util-linux, run the tests as another user, or use an external server through ATLVS_TEST_JDBC_URL.");
    }

    /** The effective uid of this JVM, when the platform exposes it through {@code /proc/self}. */
    public static OptionalInt jvmUid() {
        try {
            return OptionalInt.of((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return OptionalInt.empty();
        }
    }

    /** Whether this JVM runs as root: uid 0, or, where the uid cannot be read, the user name {@code root}. */
    public static boolean jvmIsRoot() {
        var uid = jvmUid();
        return uid.isPresent() ? uid.getAsInt() == 0 : "root".equals(System.getProperty("user.name"));
    }

    /** Whether the server runs as another user than the JVM. */
    public boolean switchesUser() {
        return userSwitch != Switch.NONE;
    }

    /** A description for log messages. */
    public String describe() {
        return switch (userSwitch) {
            case NONE -> "as " + System.getProperty("user.name");
            case SETPRIV -> "as uid " + UNPRIVILEGED_ID + " through setpriv, because this JVM runs as root";
            case RUNUSER -> "as " + UNPRIVILEGED_NAME + " through runuser, because this JVM runs as root";
        };
    }

    /** {@code command}, prefixed with what starts it as this user. */
    public List<String> command(List<String> command) {
        var full = new ArrayList<String>();
        switch (userSwitch) {
            case NONE -> { }
            case SETPRIV -> full.addAll(List.of(switchExecutable, "--reuid=" + UNPRIVILEGED_ID,
                    "--regid=" + UNPRIVILEGED_ID, "--clear-groups", "--"));
            case RUNUSER -> full.addAll(List.of(switchExecutable, "-u", UNPRIVILEGED_NAME, "--"));
        }
        full.addAll(command);
        return full;
    }

    /** Makes this user the owner of {@code path} (which it already is unless the user is switched). */
    public void takeOwnership(Path path) throws IOException {
        switch (userSwitch) {
            case NONE -> { }
            case SETPRIV -> {
                Files.setAttribute(path, "unix:uid", UNPRIVILEGED_ID);
                Files.setAttribute(path, "unix:gid", UNPRIVILEGED_ID);
            }
            case RUNUSER -> Files.setOwner(path,
                    path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED_NAME));
        }
    }

    private static Optional<Path> findExecutable(String name) {
        var directories = new LinkedHashSet<String>();
        var pathVariable = System.getenv("PATH");
        if (pathVariable != null) {
            directories.addAll(List.of(pathVariable.split(File.pathSeparator)));
        }
        directories.addAll(List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin"));
        return directories.stream()
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, name))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
