package dev.atlvs.testing.internal;

import dev.atlvs.testing.Credentials;
import dev.atlvs.testing.PostgresServer;
import javax.sql.DataSource;

/** A {@link PostgresServer} together with what the fixtures need to manage its life. */
public interface ManagedServer extends PostgresServer {

    /**
     * An unpooled data source for one database of this server, logging in as {@code credentials}.
     *
     * @param database the database name
     * @param credentials the login
     */
    DataSource dataSource(String database, Credentials credentials);

    /** The database the administrator connects to for creating and dropping databases. */
    String maintenanceDatabase();

    /**
     * Whether the server disappears with this JVM, taking every database with it. When it does not
     * (an external server), the fixtures drop what they created before the JVM exits.
     */
    boolean disposable();

    /** Stops the server if this library started it; does nothing for an external server. */
    void stop();
}
