package dev.atlvs.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an endpoint answers is stored only after everything that looks like a credential is taken out. */
class CredentialRedactorTest {

    @Test
    void aBearerTokenIsRedactedAndTheSchemeKept() {
        assertThat(CredentialRedactor.redact("Authorization: Bearer abc.DEF-123_456~xyz"))
                .isEqualTo("Authorization: Bearer [redacted]");
    }

    @Test
    void aBasicCredentialIsRedactedButTheWordBasicInASentenceIsNot() {
        assertThat(CredentialRedactor.redact("use Basic dXNlcjpwYXNzd29yZA== next time"))
                .isEqualTo("use Basic [redacted] next time");
        assertThat(CredentialRedactor.redact("basic information is missing")).isEqualTo("basic information is missing");
    }

    @Test
    void theValuesOfSecretNamedQueryParametersAreRedactedAndTheirNamesKept() {
        assertThat(CredentialRedactor.redact("retry at /cb?api_key=k-778&token=t0k3n&page=2&secret=s3&password=hunter2"))
                .isEqualTo("retry at /cb?api_key=[redacted]&token=[redacted]&page=2&secret=[redacted]&password=[redacted]");
    }

    @Test
    void theValuesOfSecretNamedJsonFieldsAreRedactedQuotedOrNot() {
        assertThat(CredentialRedactor.redact("{\"error\":\"bad\",\"access_token\":\"a b c\",\"client_secret\": 'x', \"apiKey\": 42}"))
                .isEqualTo("{\"error\":\"bad\",\"access_token\":\"[redacted]\",\"client_secret\": '[redacted]', \"apiKey\": [redacted]}");
    }

    @Test
    void aJwtIsRedacted() {
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtYXlhIn0.c2lnbmF0dXJlX2hlcmU";

        assertThat(CredentialRedactor.redact("session " + jwt + " expired")).isEqualTo("session [redacted] expired");
    }

    @Test
    void longHexAndBase64RunsAreRedacted() {
        assertThat(CredentialRedactor.redact("hash 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 end"))
                .isEqualTo("hash [redacted] end");
        assertThat(CredentialRedactor.redact("key Zm9vYmFyQmF6UXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1u end"))
                .isEqualTo("key [redacted] end");
    }

    @Test
    void wellKnownKeyFormatsAreRedacted() {
        assertThat(CredentialRedactor.redact("AKIAIOSFODNN7EXAMPLE ghp_abcdefghijklmnopqrstuvwxyz0123 sk_live_4eC39HqLyjWDarjt "
                + "xoxb-123456789012-abcdef atlvs_abcdefghijklmnop_S3cr3tS3cr3t"))
                .isEqualTo("[redacted] [redacted] [redacted] [redacted] [redacted]");
    }

    @Test
    void ordinaryDiagnosticTextIsKept() {
        String text = "HTTP 500: upstream /api/v1/projects/hooks failed for event 01a24327-951e-71f9-aca4-53cd13606838; "
                + "the author field is required, tokens remaining: 5";

        assertThat(CredentialRedactor.redact(text)).isEqualTo(text);
    }
}
