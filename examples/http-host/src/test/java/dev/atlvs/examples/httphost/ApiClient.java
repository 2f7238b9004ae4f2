package dev.atlvs.examples.httphost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A client of the host's API over {@link HttpClient}, one API key (or none) per instance. */
final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private final String key;

    ApiClient(HttpClient http, URI base, String key) {
        this.http = http;
        this.base = base;
        this.key = key;
    }

    /** An answer: its status and its body as JSON. */
    record Answer(int status, JsonNode body) {
        String text(String field) {
            return body.path(field).asText();
        }
    }

    /** The key this client presents. */
    String key() {
        return key;
    }

    /** The same client presenting {@code newKey}. */
    ApiClient withKey(String newKey) {
        return new ApiClient(http, base, newKey);
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer post(String path, String json) {
        return send("POST", path, json);
    }

    Answer patch(String path, String json) {
        return send("PATCH", path, json);
    }

    Answer send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
