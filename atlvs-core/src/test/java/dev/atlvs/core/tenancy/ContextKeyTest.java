package dev.atlvs.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** A context key holds a copy of its secret, refuses ids and secrets the database would refuse, and never shows the secret. */
class ContextKeyTest {

    @Test
    void itsTextNamesTheIdAndNeverTheSecret() {
        ContextKey key = ContextKey.generate("2026-01");

        assertThat(key.toString()).isEqualTo("ContextKey[id=2026-01]")
                .doesNotContain(HexFormat.of().formatHex(key.secret()))
                .doesNotContain(Base64.getEncoder().encodeToString(key.secret()))
                .doesNotContain(new String(key.secret(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void itKeepsACopyOfTheSecretItWasGiven() {
        byte[] secret = new byte[32];
        ContextKey key = ContextKey.of("copied", secret);

        secret[0] = 1;
        key.secret()[1] = 1;

        assertThat(key.secret()).isEqualTo(new byte[32]);
    }

    @Test
    void aSecretShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> ContextKey.of("short", new byte[31])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a context key secret has 32 to 64 bytes");
    }

    @Test
    void aSecretLongerThan64BytesIsRefused() {
        assertThatThrownBy(() -> ContextKey.of("long", new byte[65])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIdWithCharactersTheDatabaseRefusesIsRefused() {
        assertThatThrownBy(() -> ContextKey.of("Key:1", new byte[32])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id");
    }

    @Test
    void generatedKeysDifferInIdAndSecret() {
        ContextKey first = ContextKey.generate();
        ContextKey second = ContextKey.generate();

        assertThat(first.id()).matches("k[0-9a-f]{12}").isNotEqualTo(second.id());
        assertThat(first.secret()).hasSize(32).isNotEqualTo(second.secret());
        assertThat(first).isNotEqualTo(second).isEqualTo(ContextKey.of(first.id(), first.secret()));
    }
}
