package dev.atlvs.tests.core.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.daead.PredefinedDeterministicAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.standardwebhooks.Webhook;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.TenantWork;
import dev.atlvs.core.crypto.FieldKeys;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.event.DomainEvent;
import dev.atlvs.core.event.EventRelay;
import dev.atlvs.core.webhook.DeliveryStatus;
import dev.atlvs.core.webhook.RegisteredWebhook;
import dev.atlvs.core.webhook.UrlPolicy;
import dev.atlvs.core.webhook.WebhookAttempt;
import dev.atlvs.core.webhook.WebhookDelivery;
import dev.atlvs.core.webhook.WebhookService;
import dev.atlvs.core.webhook.WebhookSettings;
import dev.atlvs.core.webhook.WebhookStatus;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.IntegrationFixtures;
import dev.atlvs.testing.MutableClock;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@AtlvsTest
class WebhookDeliveryTest {

    private final List<AutoCloseable> resources = new ArrayList<>();
    private MutableClock clock;
    private Atlvs atlvs;
    private OrganizationFixture org;
    private WebhookSettings settings;

    @BeforeEach
    void setUp(TestDatabase database) {
        clock = MutableClock.startingNow();
        atlvs = database.atlvsBuilder().clock(clock).build();
        org = new Fixtures(atlvs).organization();
        settings = IntegrationFixtures.webhookSettings();
    }

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    private Receiver receiver() {
        Receiver receiver = new Receiver();
        resources.add(receiver);
        return receiver;
    }

    private EventRelay relay() {
        EventRelay relay = EventRelay.builder(atlvs).webhooks(settings)
                .backoff(Duration.ofMinutes(1), Duration.ofHours(1)).disableAfter(Duration.ofMinutes(30)).build();
        resources.add(relay);
        return relay;
    }

    private RegisteredWebhook webhook(Receiver receiver) {
        return org.asOwner(tx -> new WebhookService(tx, settings).register("ERP", receiver.url(), Set.of("project.created")));
    }

    private List<WebhookDelivery> deliveries(RegisteredWebhook webhook) {
        return org.asOwner(tx -> new WebhookService(tx, settings).deliveries(webhook.webhook().id()));
    }

    private static void drain(EventRelay relay) {
        for (int round = 0; round < 50 && relay.runOnce() > 0; round++) {
            // until nothing is due
        }
    }

    @Test
    void aDeliveryIsSignedPerStandardWebhooksAndVerifiesWithAnIndependentVerifier() throws Exception {
        Receiver receiver = receiver();
        RegisteredWebhook webhook = webhook(receiver);
        DomainEvent event = ProjectFixtures.projectCreated(org);

        drain(relay());

        assertThat(receiver.requests()).singleElement().satisfies(request -> {
            new Webhook(webhook.secret()).verify(request.body(), request.headers());
            assertThat(request.id()).isEqualTo(event.id().toString());
            assertThat(request.body()).contains("\"type\":\"project.created\"").contains(event.aggregateId().toString());
        });
        WebhookDelivery delivery = deliveries(webhook).get(0);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        List<WebhookAttempt> attempts = org.asOwner(tx -> new WebhookService(tx, settings).attempts(delivery.id()));
        assertThat(attempts).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome()).isEqualTo("delivered");
            assertThat(attempt.statusCode()).contains(200);
            assertThat(attempt.latencyMillis()).isPresent();
            assertThat(attempt.responseExcerpt()).contains("ok");
        });
    }

    @Test
    void theSignatureFailsVerificationWithAnotherSecret() {
        Receiver receiver = receiver();
        webhook(receiver);
        ProjectFixtures.projectCreated(org);

        drain(relay());

        Receiver.Request request = receiver.requests().get(0);
        assertThatThrownBy(() -> new Webhook(dev.atlvs.core.webhook.WebhookSignature.newSecret()).verify(request.body(), request.headers()))
                .isInstanceOf(Exception.class);
    }

    @Test
    void aFailingEndpointIsRetriedOnScheduleAndThenDisabled() {
        Receiver receiver = receiver().answering(n -> 500);
        RegisteredWebhook webhook = webhook(receiver);
        ProjectFixtures.projectCreated(org);
        EventRelay relay = relay();

        drain(relay);
        int attempts = 1;
        while (deliveries(webhook).get(0).status() == DeliveryStatus.PENDING) {
            WebhookDelivery pending = deliveries(webhook).get(0);
            Duration delay = Duration.between(pending.lastAttemptAt().orElseThrow(), pending.nextAttemptAt().orElseThrow());
            Duration full = Duration.ofMinutes(1L << (attempts - 1));
            assertThat(delay).as("delay after attempt %d", attempts).isBetween(full.dividedBy(2), full);

            clock.set(pending.nextAttemptAt().get().minusSeconds(1));
            drain(relay);
            assertThat(receiver.requests()).as("nothing before it is due").hasSize(attempts);

            clock.set(pending.nextAttemptAt().get());
            drain(relay);
            attempts++;
            assertThat(receiver.requests()).hasSize(attempts);
            assertThat(attempts).isLessThan(10);
        }

        dev.atlvs.core.webhook.Webhook disabled = org.asOwner(tx -> new WebhookService(tx, settings).get(webhook.webhook().id()));
        assertThat(disabled.status()).isEqualTo(WebhookStatus.DISABLED);
        assertThat(disabled.disabledReason()).hasValueSatisfying(reason -> assertThat(reason).contains("failed for longer than"));
        WebhookDelivery failed = deliveries(webhook).get(0);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        List<WebhookAttempt> logged = org.asOwner(tx -> new WebhookService(tx, settings).attempts(failed.id()));
        assertThat(logged)
                .extracting(WebhookAttempt::attempt).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, attempts).boxed().toList());

        clock.advance(Duration.ofDays(1));
        drain(relay);
        assertThat(receiver.requests()).as("no attempt after disabling").hasSize(attempts);
    }

    @Test
    void anEndpointAnswering410IsDisabledAtOnce() {
        Receiver receiver = receiver().answering(n -> 410);
        RegisteredWebhook webhook = webhook(receiver);
        ProjectFixtures.projectCreated(org);

        drain(relay());

        dev.atlvs.core.webhook.Webhook disabled = org.asOwner(tx -> new WebhookService(tx, settings).get(webhook.webhook().id()));
        assertThat(disabled.status()).isEqualTo(WebhookStatus.DISABLED);
        assertThat(disabled.disabledReason()).contains("the endpoint answered 410 Gone");
    }

    @Test
    void aRelayKilledMidDeliveryDeliversAgainAfterRestartWithNothingLost() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicFirst first = new AtomicFirst();
        Receiver receiver = receiver().beforeAnswering(() -> {
            if (first.take()) {
                arrived.countDown();
                await(release);
            }
        });
        RegisteredWebhook webhook = webhook(receiver);
        Set<UUID> events = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            events.add(ProjectFixtures.projectCreated(org).id());
        }
        EventRelay doomed = relay();
        Thread running = new Thread(doomed::runOnce);
        running.start();
        assertThat(arrived.await(30, TimeUnit.SECONDS)).isTrue();

        doomed.close();
        release.countDown();
        running.join(30_000);
        assertThat(deliveries(webhook)).as("nothing recorded by the killed relay")
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING));

        clock.advance(Duration.ofMinutes(3));
        drain(relay());

        assertThat(deliveries(webhook)).hasSize(3).allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED));
        assertThat(receiver.requests().stream().map(Receiver.Request::id).collect(Collectors.toSet()))
                .isEqualTo(events.stream().map(UUID::toString).collect(Collectors.toSet()));
        assertThat(receiver.requests()).hasSize(4);
    }

    @Test
    void twoRelaysRunningSideBySideDeliverEachEventOncePerEndpoint() throws Exception {
        Receiver first = receiver();
        Receiver second = receiver();
        RegisteredWebhook firstHook = webhook(first);
        RegisteredWebhook secondHook = webhook(second);
        Set<String> events = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 12; i++) {
            events.add(ProjectFixtures.projectCreated(org).id().toString());
        }
        EventRelay one = EventRelay.builder(atlvs).webhooks(settings).batchSize(3).build();
        EventRelay two = EventRelay.builder(atlvs).webhooks(settings).batchSize(3).build();
        resources.add(one);
        resources.add(two);

        Thread a = new Thread(() -> drain(one));
        Thread b = new Thread(() -> drain(two));
        a.start();
        b.start();
        a.join(60_000);
        b.join(60_000);
        // An attempt that failed in transport (the local server refusing under load) is retried on schedule.
        for (int round = 0; round < 5; round++) {
            clock.advance(Duration.ofHours(1));
            drain(one);
        }

        for (RegisteredWebhook webhook : List.of(firstHook, secondHook)) {
            List<WebhookDelivery> delivered = deliveries(webhook);
            assertThat(delivered).hasSize(12).allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED));
            long successes = org.asOwner(tx -> tx.handle().createQuery(
                            "select count(*) from atlvs.webhook_logs where organization_id = :organizationId and webhook_id = :id and outcome = 'delivered'")
                    .bind("id", webhook.webhook().id()).mapTo(Long.class).one());
            assertThat(successes).as("each event delivered once to the endpoint").isEqualTo(12);
        }
        for (Receiver receiver : List.of(first, second)) {
            List<String> ids = receiver.requests().stream().map(Receiver.Request::id).toList();
            assertThat(new HashSet<>(ids)).isEqualTo(events);
        }
        long attempts = org.asOwner(tx -> tx.handle().createQuery(
                "select count(*) from atlvs.webhook_logs where organization_id = :organizationId").mapTo(Long.class).one());
        assertThat(first.requests().size() + second.requests().size()).as("no attempt made by both workers").isLessThanOrEqualTo((int) attempts);
    }

    @Test
    void aReplayDeliversTheSameEventAgainWithTheSameId() {
        Receiver receiver = receiver();
        RegisteredWebhook webhook = webhook(receiver);
        ProjectFixtures.projectCreated(org);
        EventRelay relay = relay();
        drain(relay);
        WebhookDelivery delivered = deliveries(webhook).get(0);

        org.asOwner(tx -> new WebhookService(tx, settings).replay(delivered.id()));
        drain(relay);

        assertThat(receiver.requests()).hasSize(2).extracting(Receiver.Request::id).containsOnly(delivered.eventId().toString());
        assertThat(deliveries(webhook).get(0).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void aPendingDeliveryIsNotReplayedAgain() {
        Receiver receiver = receiver();
        RegisteredWebhook webhook = webhook(receiver);
        ProjectFixtures.projectCreated(org);
        drain(relay());
        WebhookDelivery delivered = deliveries(webhook).get(0);
        org.asOwner(tx -> new WebhookService(tx, settings).replay(delivered.id()));

        assertThatThrownBy(() -> org.asOwner(tx -> new WebhookService(tx, settings).replay(delivered.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.WEBHOOK_DELIVERY_TRANSITION_INVALID);
                    assertThat(e.field()).contains("status");
                    assertThat(e.rule()).contains("webhook_deliveries_status_transition");
                });
        assertThat(deliveries(webhook).get(0).status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void aUrlThatIsNotHttpsOrResolvesToAPrivateAddressIsRefusedAndNothingStored() {
        WebhookSettings strict = new WebhookSettings(UrlPolicy.publicHttpsOnly()
                .withResolver(host -> host.endsWith(".example.com")
                        ? new InetAddress[] {InetAddress.getByAddress(host, host.equals("intranet.example.com")
                                ? new byte[] {10, 0, 0, 5} : new byte[] {93, (byte) 184, (byte) 216, 34})}
                        : InetAddress.getAllByName(host)));

        assertThatThrownBy(() -> org.asOwner(tx -> new WebhookService(tx, strict).register("ERP", "http://erp.example.com/hooks", Set.of("project.created"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.UNSAFE_URL);
                    assertThat(e.violationsOf("url")).singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("Https"));
                });
        assertThatThrownBy(() -> org.asOwner(tx -> new WebhookService(tx, strict).register("ERP", "https://intranet.example.com/hooks", Set.of("project.created"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violationsOf("url"))
                        .singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("PublicAddress")));
        assertThatThrownBy(() -> org.asOwner(tx -> new WebhookService(tx, strict).register("ERP", "https://127.0.0.1/hooks", Set.of("project.created"))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> org.asOwner(tx -> new WebhookService(tx, strict).register("ERP", "https://erp.example.com/hooks", Set.of("project.teleported"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.UNKNOWN_EVENT_TYPE));
        long stored = org.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.webhooks").mapTo(Long.class).one());
        assertThat(stored).isZero();
    }

    @Test
    void anAddressThatTurnsPrivateAfterRegistrationIsBlockedAtDelivery() {
        Map<String, byte[]> dns = new ConcurrentHashMap<>(Map.of("erp.example.com", new byte[] {93, (byte) 184, (byte) 216, 34}));
        settings = new WebhookSettings(UrlPolicy.publicHttpsOnly()
                .withResolver(host -> new InetAddress[] {InetAddress.getByAddress(host, dns.get(host))}));
        RegisteredWebhook webhook = org.asOwner(tx -> new WebhookService(tx, settings).register("ERP", "https://erp.example.com/hooks", Set.of("project.created")));
        dns.put("erp.example.com", new byte[] {127, 0, 0, 1});
        ProjectFixtures.projectCreated(org);

        drain(relay());

        WebhookDelivery delivery = deliveries(webhook).get(0);
        List<WebhookAttempt> logged = org.asOwner(tx -> new WebhookService(tx, settings).attempts(delivery.id()));
        assertThat(logged)
                .singleElement().satisfies(attempt -> assertThat(attempt.outcome()).isEqualTo("blocked"));
    }

    @Test
    void anAttemptGoesToTheAddressItsOneLookupCheckedNotToWhereALaterLookupPoints() {
        // given: the endpoint's name answers 127.0.0.1 at registration and at the attempt's lookup, and 127.0.0.2,
        // where another listener waits at the same port, on any lookup after those
        Receiver endpoint = receiver();
        Receiver rebound = new Receiver("127.0.0.2", endpoint.port());
        resources.add(rebound);
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        settings = new WebhookSettings(UrlPolicy.allowingLocalNetwork().withResolver(host -> new InetAddress[] {
                InetAddress.getByAddress(host, lookups.incrementAndGet() <= 2 ? new byte[] {127, 0, 0, 1} : new byte[] {127, 0, 0, 2})}));
        RegisteredWebhook webhook = org.asOwner(tx -> new WebhookService(tx, settings)
                .register("ERP", "http://erp.example.test:" + endpoint.port() + "/hooks", Set.of("project.created")));
        ProjectFixtures.projectCreated(org);

        // when
        drain(relay());

        // then: one lookup for the attempt, whose checked address received the delivery
        assertThat(lookups).hasValue(2);
        assertThat(endpoint.requests()).singleElement()
                .satisfies(request -> assertThat(request.headers().get("host")).containsExactly("erp.example.test:" + endpoint.port()));
        assertThat(rebound.requests()).isEmpty();
        assertThat(deliveries(webhook).get(0).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void theStoredResponseExcerptIsBoundedAndHoldsNoCredential() {
        // given: an endpoint that fails and echoes credentials in a long answer
        String token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJlcnAifQ.dGhlLXNpZ25hdHVyZQ";
        Receiver receiver = receiver().answering(n -> 500).answeringBody("{\"error\":\"rejected\",\"access_token\":\"t0p-s3cret\","
                + "\"seen\":\"Authorization: Bearer " + token + "\",\"retry\":\"/cb?api_key=k-42\",\"pad\":\"" + "x".repeat(3000) + "\"}");
        RegisteredWebhook webhook = webhook(receiver);
        ProjectFixtures.projectCreated(org);

        // when
        drain(relay());

        // then
        WebhookDelivery delivery = deliveries(webhook).get(0);
        List<WebhookAttempt> logged = org.asOwner(tx -> new WebhookService(tx, settings).attempts(delivery.id()));
        String excerpt = logged.get(0).responseExcerpt().orElseThrow();
        assertThat(excerpt).hasSizeLessThanOrEqualTo(dev.atlvs.core.webhook.WebhookDispatcher.RESPONSE_EXCERPT_LENGTH)
                .startsWith("{\"error\":\"rejected\"").contains("[redacted]")
                .doesNotContain("t0p-s3cret", token, "k-42");
    }

    @Test
    void rotatingTheFieldKeysMovesEverySecretToTheNewKeyAndDeliveriesStillVerifyWithTheSameSecret(TestDatabase database) throws Exception {
        // given: two endpoints registered under the old keys
        KeysetHandle oldValues = KeysetHandle.generateNew(PredefinedDeterministicAeadParameters.AES256_SIV);
        KeysetHandle oldIndexes = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
        atlvs = database.atlvsBuilder().clock(clock).fieldKeys(FieldKeys.of(oldValues, oldIndexes)).build();
        Receiver first = receiver();
        Receiver second = receiver();
        List<RegisteredWebhook> registered = List.of(webhookAt(first), webhookAt(second));
        KeysetHandle newValues = KeysetHandle.newBuilder(oldValues)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedDeterministicAeadParameters.AES256_SIV).withRandomId().makePrimary())
                .build();
        FieldKeys rotated = FieldKeys.of(newValues, oldIndexes);

        // when: the keysets gain a new primary key and the organization's rows are re-encrypted
        long moved = database.atlvsBuilder().fieldKeys(rotated).build().platform().reencrypt(org.id(), dev.atlvs.core.webhook.Webhook.TABLE, 1);

        // then: every secret is under the new key, readable without the old one, unchanged, and signs deliveries
        assertThat(moved).isEqualTo(2);
        KeysetHandle onlyNewValues = KeysetHandle.newBuilder()
                .addEntry(KeysetHandle.importKey(newValues.getPrimary().getKey()).withFixedId(newValues.getPrimary().getId()).makePrimary())
                .build();
        atlvs = database.atlvsBuilder().clock(clock).fieldKeys(FieldKeys.of(onlyNewValues, oldIndexes)).build();
        for (RegisteredWebhook webhook : registered) {
            assertThat(storedKeyId(database, webhook)).isEqualTo(rotated.primaryKeyId());
            String secret = asOwner(tx -> new WebhookService(tx, settings).secret(webhook.webhook().id()));
            assertThat(secret).isEqualTo(webhook.secret());
        }
        ProjectFixtures.projectCreated(org);
        drain(relay());
        for (int i = 0; i < 2; i++) {
            String secret = registered.get(i).secret();
            assertThat(List.of(first, second).get(i).requests()).singleElement()
                    .satisfies(request -> new Webhook(secret).verify(request.body(), request.headers()));
        }
    }

    @Test
    void reencryptingTheSecretsOfAnOrganizationMovesThemToThePrimaryKeyOnce(TestDatabase database) throws Exception {
        KeysetHandle oldValues = KeysetHandle.generateNew(PredefinedDeterministicAeadParameters.AES256_SIV);
        KeysetHandle indexes = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
        atlvs = database.atlvsBuilder().clock(clock).fieldKeys(FieldKeys.of(oldValues, indexes)).build();
        RegisteredWebhook webhook = webhookAt(receiver());
        FieldKeys rotated = FieldKeys.of(KeysetHandle.newBuilder(oldValues)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedDeterministicAeadParameters.AES256_SIV).withRandomId().makePrimary())
                .build(), indexes);
        atlvs = database.atlvsBuilder().clock(clock).fieldKeys(rotated).build();

        int moved = asOwner(tx -> new WebhookService(tx, settings).reencryptSecrets());
        int again = asOwner(tx -> new WebhookService(tx, settings).reencryptSecrets());

        assertThat(moved).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(storedKeyId(database, webhook)).isEqualTo(rotated.primaryKeyId());
        String secret = asOwner(tx -> new WebhookService(tx, settings).secret(webhook.webhook().id()));
        assertThat(secret).isEqualTo(webhook.secret());
    }

    /** {@code work} as the organization's owner, through the current {@link #atlvs} and its field keys. */
    private <R> R asOwner(TenantWork<R> work) {
        return atlvs.inTenant(org.id(), org.owner().id(), work);
    }

    /** An endpoint at {@code receiver}, registered through the current {@link #atlvs}. */
    private RegisteredWebhook webhookAt(Receiver receiver) {
        return asOwner(tx -> new WebhookService(tx, settings).register("ERP", receiver.url(), Set.of("project.created")));
    }

    /** The id of the key that encrypted the endpoint's stored secret, read as the administrator. */
    private static int storedKeyId(TestDatabase database, RegisteredWebhook webhook) throws java.sql.SQLException {
        try (java.sql.Connection connection = database.adminDataSource().getConnection();
                java.sql.PreparedStatement statement = connection.prepareStatement("select secret from atlvs.webhooks where id = ?")) {
            statement.setObject(1, webhook.webhook().id());
            try (java.sql.ResultSet row = statement.executeQuery()) {
                row.next();
                return FieldKeys.keyIdOf(row.getBytes(1));
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class AtomicFirst {
        private final java.util.concurrent.atomic.AtomicBoolean taken = new java.util.concurrent.atomic.AtomicBoolean();

        boolean take() {
            return taken.compareAndSet(false, true);
        }
    }

    @SuppressWarnings("unused")
    private static Instant unused() {
        return Instant.EPOCH;
    }
}
