package dev.atlvs.core.apikey;

import static java.util.Objects.requireNonNull;

/**
 * A newly issued key: the stored record and the key itself, which is shown to its owner now and can
 * never be read again.
 */
public record IssuedApiKey(ApiKey apiKey, String secret) {
    public IssuedApiKey {
        requireNonNull(apiKey, "apiKey is null");
        requireNonNull(secret, "secret is null");
    }

    @Override
    public String toString() {
        return "IssuedApiKey[" + apiKey.keyPrefix() + "]";
    }
}
