package dev.atlvs.examples.httphost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.webhook.UrlPolicy;
import dev.atlvs.core.webhook.WebhookSettings;
import dev.atlvs.examples.httphost.ApiClient.Answer;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import dev.atlvs.testing.junit.AtlvsTest;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The host end to end: the server on a random port over the embedded PostgreSQL server, driven by a real HTTP
 * client, with organizations and their keys made through the admin path.
 */
@AtlvsTest
class HttpHostTest {
    private static final String ADMIN_TOKEN = "admin-token-for-the-http-host-tests";
    /** How long a test waits at most for something asynchronous (a delivery, a streamed change) before it fails. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AtomicInteger ORGANIZATIONS = new AtomicInteger();

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private HttpHost host;
    private ApiClient anonymous;

    @BeforeEach
    void startHost(TestDatabase database) {
        Atlvs atlvs = database.atlvsBuilder().migrateAs(database.ownerDataSource(), TestDatabases.APP_ROLE).build();
        host = HttpHost.builder(atlvs).port(0).adminToken(ADMIN_TOKEN)
                .webhooks(new WebhookSettings(UrlPolicy.allowingLocalNetwork()))
                .relayInterval(Duration.ofMillis(100)).feedInterval(Duration.ofMillis(200)).start();
        anonymous = new ApiClient(http, host.uri(), null);
    }

    @AfterEach
    void stopHost() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
        host.close();
    }

    /** A new organization, made through the admin path; returns a client presenting its owner's key with {@code scopes}. */
    private ApiClient organization(String scopes) {
        int n = ORGANIZATIONS.incrementAndGet();
        Answer created = anonymous.withKey(ADMIN_TOKEN).post("/admin/organizations", """
                {"name": "Production Company %d", "slug": "production-company-%d", "ownerEmail": "owner%d@production.example",
                 "ownerName": "Owner %d", "baseCurrency": "EUR", "timezone": "Europe/Berlin", "scopes": %s}
                """.formatted(n, n, n, n, scopes));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return anonymous.withKey(created.text("apiKey"));
    }

    private ApiClient organization() {
        return organization("[\"*\"]");
    }

    private static String project(String code) {
        return """
                {"code": "%s", "name": "Summer Festival %s", "type": "festival", "startDate": "2026-07-01", "endDate": "2026-07-05"}
                """.formatted(code, code);
    }

    private static final String INVOICE = """
            {"direction": "receivable", "counterpartyName": "Oslo Live AS", "title": "Production services", "currency": "EUR",
             "lines": [{"description": "Stage production", "quantity": 1, "unitPrice": 18000.00, "taxRate": 25},
                       {"description": "Rigging crew (days)", "quantity": 4, "unitPrice": 950.00, "discountRate": 10, "taxRate": 25}]}
            """;

    @Test
    void aRequestWithoutAValidApiKeyOrAdminTokenIsRefusedWith401() {
        // given
        ApiClient forged = anonymous.withKey("atlvs_notakey_0000000000000000000000000000");

        // when
        Answer withoutKey = anonymous.get("/projects");
        Answer withForgedKey = forged.get("/projects");
        Answer adminWithAnApiKey = forged.post("/admin/organizations", "{}");

        // then
        assertThat(withoutKey.status()).isEqualTo(401);
        assertThat(withoutKey.body().path("code").asInt()).isEqualTo(1403);
        assertThat(withoutKey.text("name")).isEqualTo("INVALID_API_KEY");
        assertThat(withForgedKey.status()).isEqualTo(401);
        assertThat(adminWithAnApiKey.status()).isEqualTo(401);
        assertThat(anonymous.get("/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/health/ready").text("status")).isEqualTo("ready");
    }

    @Test
    void aProjectItsTasksAndAnIssuedInvoiceAreCreatedAndReadBack() {
        // given
        ApiClient api = organization();

        // when
        Answer created = api.post("/projects", project("FEST-2026"));
        api.post("/projects", project("TOUR-2026"));
        String projectId = created.text("id");
        Answer task = api.post("/projects/" + projectId + "/tasks", """
                {"title": "Book the generators", "estimatedHours": 6, "dueDate": "2026-06-20"}
                """);
        Answer started = api.patch("/tasks/" + task.text("id"), "{\"status\": \"in_progress\", \"version\": %d}"
                .formatted(task.body().path("version").asLong()));
        Answer draft = api.post("/invoices", INVOICE);
        Answer issued = api.post("/invoices/" + draft.text("id") + "/issue", "{\"issueDate\": \"2026-07-22\"}");

        // then
        assertThat(created.status()).isEqualTo(201);
        Answer project = api.get("/projects/" + projectId);
        assertThat(project.status()).isEqualTo(200);
        assertThat(project.text("code")).isEqualTo("FEST-2026");
        assertThat(project.text("type")).isEqualTo("festival");
        assertThat(project.text("status")).isEqualTo("planning");

        Answer firstPage = api.get("/projects?limit=1&sort=code");
        Answer secondPage = api.get("/projects?limit=1&sort=code&cursor=" + firstPage.text("nextCursor"));
        assertThat(firstPage.body().path("items").findValuesAsText("code")).containsExactly("FEST-2026");
        assertThat(secondPage.body().path("items").findValuesAsText("code")).containsExactly("TOUR-2026");

        assertThat(task.status()).isEqualTo(201);
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.text("status")).isEqualTo("in_progress");
        JsonNode tasks = api.get("/projects/" + projectId + "/tasks").body().path("items");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).path("title").asText()).isEqualTo("Book the generators");
        assertThat(tasks.get(0).path("status").asText()).isEqualTo("in_progress");

        assertThat(draft.status()).isEqualTo(201);
        assertThat(issued.status()).isEqualTo(200);
        Answer invoice = api.get("/invoices/" + draft.text("id"));
        assertThat(invoice.text("status")).isEqualTo("issued");
        assertThat(invoice.text("invoiceNumber")).isEqualTo("INV-2026-000001");
        assertThat(invoice.body().path("totalAmount").decimalValue()).isEqualByComparingTo("26775.00");
        assertThat(invoice.body().path("lines").findValuesAsText("description")).containsExactly("Stage production", "Rigging crew (days)");
    }

    @Test
    void badInputIsRefusedWith422NamingTheFieldAndTheRuleAndNothingIsWritten() {
        // given
        ApiClient api = organization();

        // when
        Answer broken = api.post("/projects", "{\"code\": \"not a code!\", \"name\": \" \"}");
        Answer missing = api.post("/projects", "{\"name\": \"No code\"}");
        Answer mistyped = api.post("/projects", "{\"code\": \"FEST\", \"name\": \"Festival\", \"startDate\": \"next week\"}");
        Answer badLine = api.post("/invoices", INVOICE.replace("\"quantity\": 4", "\"quantity\": -4"));

        // then
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.text("name")).isEqualTo("VALIDATION_FAILED");
        assertThat(violations(broken)).containsExactlyInAnyOrder("code Pattern", "name projects_name_check");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.text("name")).isEqualTo("REQUIRED_VALUE_MISSING");
        assertThat(violations(missing)).containsExactly("code NotNull");
        assertThat(mistyped.status()).isEqualTo(422);
        assertThat(violations(mistyped)).containsExactly("startDate Type");
        assertThat(badLine.status()).isEqualTo(422);
        assertThat(violations(badLine)).anySatisfy(violation -> assertThat(violation).startsWith("lines[1].quantity "));
        assertThat(broken.body().toString()).doesNotContain("not a code!", "Exception", "at dev.");
        assertThat(api.get("/projects").body().path("items")).isEmpty();
    }

    @Test
    void anotherOrganizationsKeyCannotReadThem() {
        // given
        ApiClient owner = organization();
        ApiClient other = organization();
        String projectId = owner.post("/projects", project("FEST-2026")).text("id");
        String taskId = owner.post("/projects/" + projectId + "/tasks", "{\"title\": \"Advance the venue\"}").text("id");
        String invoiceId = owner.post("/invoices", INVOICE).text("id");

        // when
        Answer project = other.get("/projects/" + projectId);
        Answer task = other.get("/tasks/" + taskId);
        Answer invoice = other.get("/invoices/" + invoiceId);
        Answer tasks = other.get("/projects/" + projectId + "/tasks");
        Answer moved = other.patch("/tasks/" + taskId, "{\"status\": \"cancelled\"}");

        // then
        assertThat(List.of(project.status(), task.status(), invoice.status(), tasks.status(), moved.status())).containsOnly(404);
        assertThat(project.text("name")).isEqualTo("NOT_FOUND");
        assertThat(other.get("/projects").body().path("items")).isEmpty();
        assertThat(owner.get("/tasks/" + taskId).text("status")).isEqualTo("todo");
    }

    @Test
    void conflictsAreRefusedWith409NamingTheCode() {
        // given
        ApiClient api = organization();
        String projectId = api.post("/projects", project("FEST-2026")).text("id");
        Answer task = api.post("/projects/" + projectId + "/tasks", "{\"title\": \"Submit the permit\"}");

        // when
        Answer duplicate = api.post("/projects", project("fest-2026"));
        Answer stale = api.patch("/tasks/" + task.text("id"), "{\"status\": \"in_progress\", \"version\": 99}");
        Answer skipped = api.patch("/tasks/" + task.text("id"), "{\"status\": \"done\"}");

        // then
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("name")).isEqualTo("DUPLICATE");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("name")).isEqualTo("STALE_VERSION");
        assertThat(skipped.status()).isEqualTo(409);
        assertThat(skipped.text("rule")).isEqualTo("project_tasks_status_transition");
        assertThat(api.get("/tasks/" + task.text("id")).text("status")).isEqualTo("todo");
    }

    @Test
    void aKeyIsBoundedByItsScopes() {
        // given
        ApiClient reader = organization("[\"projects.projects.read\"]");

        // when
        Answer listed = reader.get("/projects");
        Answer created = reader.post("/projects", project("FEST-2026"));

        // then
        assertThat(listed.status()).isEqualTo(200);
        assertThat(created.status()).isEqualTo(403);
        assertThat(created.text("name")).isEqualTo("PERMISSION_DENIED");
        assertThat(created.text("permission")).isEqualTo("projects.projects.create");
    }

    @Test
    void aRegisteredWebhookIsDeliveredToALocalReceiverWithAValidSignature() throws Exception {
        // given
        ApiClient api = organization();
        WebhookReceiver receiver = new WebhookReceiver();
        resources.add(receiver);
        Answer registered = api.post("/webhooks", """
                {"name": "ERP", "url": "%s", "eventTypes": ["project.created"]}
                """.formatted(receiver.url()));

        // when
        String projectId = api.post("/projects", project("FEST-2026")).text("id");
        WebhookReceiver.Received delivery = receiver.next(PATIENCE);

        // then
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.text("secret")).startsWith("whsec_");
        assertThat(delivery).as("a delivery within " + PATIENCE).isNotNull();
        new Webhook(registered.text("secret")).verify(delivery.body(), delivery.headers());
        JsonNode event = ApiClient.parse(delivery.body());
        assertThat(event.path("type").asText()).isEqualTo("project.created");
        assertThat(event.path("aggregate").path("id").asText()).isEqualTo(projectId);
        assertThat(api.get("/webhooks/" + registered.text("id")).body().has("secret")).isFalse();
    }

    @Test
    void theEventStreamReceivesTheChangeOfATaskCreatedAfterSubscribingAndNothingOfAnotherOrganization() throws Exception {
        // given
        ApiClient api = organization();
        ApiClient other = organization();
        String projectId = api.post("/projects", project("FEST-2026")).text("id");
        String otherProjectId = other.post("/projects", project("TOUR-2026")).text("id");
        EventStreamClient stream = new EventStreamClient(http, host.uri().resolve("/changes?tables=project_tasks"), api.key());
        resources.add(stream);
        assertThat(stream.status).isEqualTo(200);
        assertThat(stream.next("ready", PATIENCE)).as("the stream's ready event").isNotNull();

        // when
        String otherTaskId = other.post("/projects/" + otherProjectId + "/tasks", "{\"title\": \"Not yours\"}").text("id");
        String taskId = api.post("/projects/" + projectId + "/tasks", "{\"title\": \"Hang the banners\"}").text("id");

        // then
        List<JsonNode> changes = new ArrayList<>();
        EventStreamClient.Event event;
        while ((event = stream.next("change", PATIENCE)) != null) {
            JsonNode change = ApiClient.parse(event.data());
            changes.add(change);
            if (change.path("recordId").asText().equals(taskId)) {
                assertThat(event.id()).isEqualTo(change.path("id").asText());
                break;
            }
        }
        assertThat(changes).as("changes streamed").isNotEmpty();
        JsonNode last = changes.get(changes.size() - 1);
        assertThat(last.path("recordId").asText()).isEqualTo(taskId);
        assertThat(last.path("table").asText()).isEqualTo("project_tasks");
        assertThat(last.path("action").asText()).isEqualTo("insert");
        assertThat(changes).noneSatisfy(change -> assertThat(change.path("recordId").asText()).isEqualTo(otherTaskId));
    }

    private static List<String> violations(Answer answer) {
        List<String> found = new ArrayList<>();
        answer.body().path("violations").forEach(violation -> found.add(violation.path("field").asText() + " " + violation.path("rule").asText()));
        return found;
    }
}
