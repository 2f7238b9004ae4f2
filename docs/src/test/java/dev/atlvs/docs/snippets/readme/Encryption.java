package dev.atlvs.docs.snippets.readme;

// tag::readme-encryption[]
import com.google.crypto.tink.KeysetHandle;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.crypto.FieldKeys;
import dev.atlvs.core.profile.UserProfile;
import dev.atlvs.core.profile.UserProfileRepository;
import dev.atlvs.core.webhook.Webhook;
import java.util.Optional;

// end::readme-encryption[]
import dev.atlvs.core.tenancy.ContextKey;
import dev.atlvs.core.user.User;
import java.util.UUID;
import javax.sql.DataSource;

/** The README's encrypted columns: a profile found by its encrypted employee id, then re-encrypted. */
public record Encryption(Optional<UserProfile> found, long reencrypted) {

    /**
     * Gives {@code maya} a profile in {@code org} with employee id {@code E-1042}, finds it by that id, and re-encrypts;
     * {@code values} is an AES256_SIV keyset and {@code indexes} an HMAC_SHA256_PRF keyset.
     */
    public static Encryption findAndRotate(DataSource dataSource, ContextKey contextKey, KeysetHandle values, KeysetHandle indexes,
            UUID org, User maya) {
        // tag::readme-encryption[]
        // values: an AES256_SIV keyset; indexes: an HMAC_SHA256_PRF keyset, for blind indexes
        Atlvs atlvs = Atlvs.builder(dataSource).contextKey(contextKey).fieldKeys(FieldKeys.of(values, indexes)).build();
        // end::readme-encryption[]
        atlvs.useTenant(org, maya.id(), tx -> tx.repository(UserProfileRepository.class).insert(UserProfile.builder()
                .organizationId(org).userId(maya.id()).employeeId("E-1042").phonePrimary("+4791234567").build()));
        // tag::readme-encryption[]

        // An encrypted column with a blind index is still found by equality, within the organization:
        Optional<UserProfile> crew = atlvs.inTenant(org, maya.id(),
                tx -> tx.repository(UserProfileRepository.class).findByEmployeeId("E-1042"));

        // Rotation: add a new primary key to the keysets, restart, then per organization and table (each call
        // works until nothing is left under an older key):
        atlvs.platform().reencrypt(org, UserProfile.TABLE, 500);
        atlvs.platform().reencrypt(org, Webhook.TABLE, 500);
        // end::readme-encryption[]
        return new Encryption(crew, atlvs.platform().reencrypt(org, UserProfile.TABLE, 500));
    }
}
