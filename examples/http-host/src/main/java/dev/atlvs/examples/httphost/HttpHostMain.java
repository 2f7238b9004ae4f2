package dev.atlvs.examples.httphost;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.daead.DeterministicAeadConfig;
import com.google.crypto.tink.daead.PredefinedDeterministicAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.crypto.FieldKeys;
import dev.atlvs.core.webhook.UrlPolicy;
import dev.atlvs.core.webhook.WebhookSettings;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the {@link HttpHost} until the process is stopped.
 *
 * <p>Without a JDBC URL it runs on an embedded PostgreSQL server (a fresh database, gone when the process
 * ends), creates a demo organization and prints its API key. Given a JDBC URL (first argument, or the
 * environment variable {@code ATLVS_JDBC_URL}, credentials in the URL, connecting as the schema owner), it
 * migrates that database and serves it. Further settings, from the environment:
 * <ul>
 *   <li>{@code PORT}: the port, default 8080; {@code HOST}: the address to listen on, default {@code 127.0.0.1};</li>
 *   <li>{@code ATLVS_ADMIN_TOKEN}: the token of {@code POST /admin/organizations}; a random one is made and printed
 *       when it is not set;</li>
 *   <li>{@code ATLVS_FIELD_KEYS}: with a JDBC URL, the directory of the Tink keysets that encrypt webhook secrets
 *       ({@code daead.json}, {@code prf.json}), created on first use; default {@code ./atlvs-keys};</li>
 *   <li>{@code ATLVS_WEBHOOKS_ALLOW_LOCAL}: {@code true} to allow webhook URLs on this machine or the private
 *       network over plain http (the default on the embedded server only).</li>
 * </ul>
 */
public final class HttpHostMain {
    private HttpHostMain() {}

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PrintStream out = System.out;
        String jdbcUrl = args.length > 0 ? args[0] : System.getenv("ATLVS_JDBC_URL");
        boolean embedded = jdbcUrl == null || jdbcUrl.isBlank();
        String adminToken = env("ATLVS_ADMIN_TOKEN", null);
        boolean printToken = adminToken == null;
        if (adminToken == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            adminToken = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        boolean allowLocal = Boolean.parseBoolean(env("ATLVS_WEBHOOKS_ALLOW_LOCAL", Boolean.toString(embedded)));
        WebhookSettings webhooks = new WebhookSettings(allowLocal ? UrlPolicy.allowingLocalNetwork() : UrlPolicy.publicHttpsOnly());

        List<AutoCloseable> resources = new java.util.ArrayList<>();
        Atlvs atlvs;
        if (embedded) {
            TestDatabase database = TestDatabases.shared().create("http_host");
            resources.add(database);
            atlvs = database.atlvsBuilder().migrateAs(database.ownerDataSource(), TestDatabases.APP_ROLE).build();
            out.println("Database : embedded PostgreSQL " + database.server().version() + ", database " + database.name()
                    + " (dropped when the process ends)");
        } else {
            HikariDataSource pool = pool(jdbcUrl);
            resources.add(pool);
            atlvs = Atlvs.builder(pool).fieldKeys(fieldKeys(Path.of(env("ATLVS_FIELD_KEYS", "atlvs-keys")))).build();
            out.println("Database : " + jdbcUrl.replaceAll("password=[^&]*", "password=***"));
        }
        int applied = atlvs.migrate();
        atlvs.checkReady();
        out.println("Schema   : " + (applied == 0 ? "up to date" : applied + " migrations applied"));

        HttpHost host = HttpHost.builder(atlvs).host(env("HOST", "127.0.0.1")).port(port(env("PORT", "8080")))
                .webhooks(webhooks).adminToken(adminToken).start();
        resources.add(0, host);
        out.println("Serving  : " + host.uri());
        if (printToken) {
            out.println("Admin    : token " + adminToken + " (set ATLVS_ADMIN_TOKEN to choose it)");
        }
        if (embedded) {
            Bootstrap.Created demo = Bootstrap.organization(atlvs, new Bootstrap.NewOrganization("Demo Productions", "demo-productions",
                    "owner@demo-productions.example", "Demo Owner", "EUR", "Europe/Berlin", null));
            out.println("Demo     : organization " + demo.organizationId() + ", API key " + demo.apiKey());
            out.println();
            out.println("  curl -s -H 'Authorization: Bearer " + demo.apiKey() + "' -H 'Content-Type: application/json' \\");
            out.println("       -d '{\"code\":\"FEST-2026\",\"name\":\"Summer Festival\"}' " + host.uri() + "/projects");
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (AutoCloseable resource : resources) {
                try {
                    resource.close();
                } catch (Exception failure) {
                    System.err.println("closing " + resource + " failed: " + failure.getMessage());
                }
            }
            stopped.countDown();
        }, "http-host-shutdown"));
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("PORT must be a port number from 0 to 65535");
        }
    }

    private static HikariDataSource pool(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(10);
        config.setPoolName("atlvs-http-host");
        return new HikariDataSource(config);
    }

    /**
     * The field keys kept in {@code directory}, made there on first use. A production service keeps them in its
     * key management instead (Tink's KMS integrations encrypt keysets at rest).
     */
    static FieldKeys fieldKeys(Path directory) {
        try {
            DeterministicAeadConfig.register();
            PrfConfig.register();
            Path daead = directory.resolve("daead.json");
            Path prf = directory.resolve("prf.json");
            if (!Files.exists(daead) && !Files.exists(prf)) {
                Files.createDirectories(directory);
                write(daead, KeysetHandle.generateNew(PredefinedDeterministicAeadParameters.AES256_SIV));
                write(prf, KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
            }
            return FieldKeys.of(read(daead), read(prf));
        } catch (IOException failure) {
            throw new UncheckedIOException("the field keys in " + directory + " could not be read or written", failure);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("the field keys in " + directory + " are not Tink keysets", failure);
        }
    }

    private static void write(Path file, KeysetHandle keyset) throws IOException, GeneralSecurityException {
        Files.writeString(file, TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()), StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system's own permissions apply
        }
    }

    private static KeysetHandle read(Path file) throws IOException, GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
    }
}
