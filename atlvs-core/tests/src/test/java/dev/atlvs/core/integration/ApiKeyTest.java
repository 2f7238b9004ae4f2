package dev.atlvs.core.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.apikey.ApiKey;
import dev.atlvs.core.apikey.ApiKeyPrincipal;
import dev.atlvs.core.apikey.ApiKeyService;
import dev.atlvs.core.apikey.IssuedApiKey;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.MutableClock;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@AtlvsTest
class ApiKeyTest {

    private MutableClock clock;
    private Atlvs atlvs;
    private OrganizationFixture org;

    @BeforeEach
    void setUp(TestDatabase database) {
        clock = MutableClock.startingNow();
        atlvs = Atlvs.builder(database.appDataSource()).contextKey(database.contextKey()).clock(clock).strict(true).build();
        org = new Fixtures(atlvs).organization();
    }

    @Test
    void anIssuedKeyAuthenticatesAsItsMemberAndOrganization() {
        IssuedApiKey issued = org.asOwner(tx -> new ApiKeyService(tx).issue("Ticketing sync", Set.of("projects.*"), Optional.empty()));

        ApiKeyPrincipal principal = atlvs.apiKeys().authenticate(issued.secret());

        assertThat(principal).isEqualTo(new ApiKeyPrincipal(org.id(), org.owner().id(), issued.apiKey().id(),
                issued.apiKey().keyPrefix(), Set.of("projects.*")));
        assertThat(issued.secret()).startsWith(issued.apiKey().keyPrefix() + "_");
    }

    @Test
    void onlyTheHashOfTheKeyIsStoredAndTheAuditTrailRedactsIt(TestDatabase database) {
        IssuedApiKey issued = org.asOwner(tx -> new ApiKeyService(tx).issue("BI export", Set.of("projects.*.read"), Optional.empty()));

        String stored = org.asOwner(tx -> tx.handle().createQuery("select to_jsonb(k)::text from atlvs.api_keys k where id = :id")
                .bind("id", issued.apiKey().id()).mapTo(String.class).one());
        String audited = org.asOwner(tx -> tx.handle().createQuery(
                        "select new_values::text from atlvs.audit_logs where organization_id = :organizationId and record_id = :id")
                .bind("id", issued.apiKey().id()).mapTo(String.class).one());

        String secretPart = issued.secret().substring(issued.apiKey().keyPrefix().length() + 1);
        assertThat(stored).doesNotContain(secretPart).contains(issued.apiKey().keyHash());
        assertThat(audited).doesNotContain(secretPart).doesNotContain(issued.apiKey().keyHash()).contains("\"key_hash\": null");
    }

    @Test
    void theKeysScopesBoundTheMembersPermissionsInsideTheTransaction() {
        IssuedApiKey issued = org.asOwner(tx -> new ApiKeyService(tx).issue("Read-only projects", Set.of("projects.*.read"), Optional.empty()));
        ApiKeyPrincipal principal = atlvs.apiKeys().authenticate(issued.secret());

        atlvs.useTenant(org.id(), org.owner().id(), tx -> assertThat(tx.permissions().allows("projects.projects.create")).isTrue());
        atlvs.inTenant(principal, tx -> {
            assertThat(tx.permissions().allows("projects.projects.read")).isTrue();
            assertThat(tx.permissions().allows("projects.projects.create")).isFalse();
            assertThat(tx.permissions().allows("finance.invoices.read")).isFalse();
            assertThatThrownBy(() -> tx.require("projects.tasks.update")).isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    @Test
    void aScopeBeyondTheMembersPermissionsIsRefusedAndNothingStored() {
        User viewer = org.addMember(MemberRole.CONTRIBUTOR);

        assertThatThrownBy(() -> org.as(viewer, tx -> new ApiKeyService(tx).issue("Too much", Set.of("projects.projects.delete"), Optional.empty())))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.SCOPE_NOT_HELD));
        List<ApiKey> keys = org.as(viewer, tx -> new ApiKeyService(tx).mine());
        assertThat(keys).isEmpty();
    }

    @Test
    void aRevokedKeyIsRejected() {
        IssuedApiKey issued = org.asOwner(tx -> new ApiKeyService(tx).issue("Old sync", Set.of("projects.*"), Optional.empty()));
        org.asOwner(tx -> new ApiKeyService(tx).revoke(issued.apiKey().id()));

        assertThatThrownBy(() -> atlvs.apiKeys().authenticate(issued.secret()))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.REVOKED_API_KEY));
    }

    @Test
    void anExpiredKeyIsRejected() {
        IssuedApiKey issued = org.asOwner(tx -> new ApiKeyService(tx)
                .issue("Festival week", Set.of("projects.*"), Optional.of(clock.instant().plus(Duration.ofDays(7)))));
        atlvs.apiKeys().authenticate(issued.secret());

        clock.advance(Duration.ofDays(8));

        assertThatThrownBy(() -> atlvs.apiKeys().authenticate(issued.secret()))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.EXPIRED_API_KEY));
    }

    @Test
    void aKeyWithAWrongSecretOrAnUnknownPrefixIsRejectedAlike() {
        IssuedApiKey issued = org.asOwner(tx -> new ApiKeyService(tx).issue("Sync", Set.of("projects.*"), Optional.empty()));
        String wrongSecret = issued.apiKey().keyPrefix() + "_" + "A".repeat(43);
        String unknownPrefix = "atlvs_aaaaaaaaaaaaaaaa_" + "B".repeat(43);

        assertThatThrownBy(() -> atlvs.apiKeys().authenticate(wrongSecret))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_API_KEY));
        assertThatThrownBy(() -> atlvs.apiKeys().authenticate(unknownPrefix))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_API_KEY));
    }

    @Test
    void aMalformedKeyIsAValidationErrorNamingTheFieldAndRule() {
        assertThatThrownBy(() -> atlvs.apiKeys().authenticate("sk_live_123"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.MALFORMED_API_KEY);
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("apiKey");
                        assertThat(v.rule()).isEqualTo("Format");
                    });
                });
    }

    @Test
    void usingAKeyRecordsWhenItWasLastUsed() {
        IssuedApiKey issued = org.asOwner(tx -> new ApiKeyService(tx).issue("Sync", Set.of("projects.*"), Optional.empty()));

        atlvs.apiKeys().authenticate(issued.secret());

        ApiKey stored = org.asOwner(tx -> tx.repository(dev.atlvs.core.apikey.ApiKeyRepository.class).get(issued.apiKey().id()));
        assertThat(stored.lastUsedAt()).isPresent();
    }

    @Test
    void theKeyLookupIsRefusedInsideATenantTransaction() {
        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().createQuery("select atlvs.api_key_organization('atlvs_aaaaaaaaaaaaaaaa')")
                .mapTo(String.class).findOne())).isInstanceOf(RuntimeException.class);
    }
}
