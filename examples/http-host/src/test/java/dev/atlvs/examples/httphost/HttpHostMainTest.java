package dev.atlvs.examples.httphost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.crypto.FieldKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpHostMainTest {

    @Test
    void fieldKeysMadeOnFirstUseAreReadBackByTheNextStart(@TempDir Path directory) {
        // given
        Path keys = directory.resolve("atlvs-keys");
        FieldKeys first = HttpHostMain.fieldKeys(keys);
        byte[] associated = "webhooks.secret".getBytes(StandardCharsets.UTF_8);
        byte[] ciphertext = first.encrypt("whsec_example".getBytes(StandardCharsets.UTF_8), associated);

        // when
        FieldKeys next = HttpHostMain.fieldKeys(keys);

        // then
        assertThat(Files.exists(keys.resolve("daead.json"))).isTrue();
        assertThat(Files.exists(keys.resolve("prf.json"))).isTrue();
        assertThat(next.primaryKeyId()).isEqualTo(first.primaryKeyId());
        assertThat(new String(next.decrypt(ciphertext, associated), StandardCharsets.UTF_8)).isEqualTo("whsec_example");
    }
}
