package dev.atlvs.testing;

import static java.util.Objects.requireNonNull;

/**
 * A PostgreSQL login: a role name and its password.
 *
 * <p>{@link #toString()} leaves the password out, so credentials can be logged safely.
 *
 * @param user the role name
 * @param password the password; empty when the server does not ask for one
 */
public record Credentials(String user, String password) {

    /** Checks that neither component is null. */
    public Credentials {
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
