package dev.atlvs.tests.core.integration;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;

/** A webhook receiver (on 127.0.0.1 unless told otherwise) that records every request and answers with a chosen status and body. */
final class Receiver implements AutoCloseable {
    record Request(Map<String, List<String>> headers, String body) {
        String id() {
            return headers.get("webhook-id").get(0);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile IntUnaryOperator status = n -> 200;
    private volatile Runnable beforeAnswer = () -> {};
    private volatile String body = "ok";

    Receiver() {
        this("127.0.0.1", 0);
    }

    /** A receiver on {@code address}, port {@code port} (0: any free one). */
    Receiver(String address, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(address, port), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
            requests.add(new Request(headers, body));
            int n = count.incrementAndGet();
            beforeAnswer.run();
            byte[] answer = this.body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.applyAsInt(n), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/hooks/atlvs";
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Answers every request with {@code newBody}. */
    Receiver answeringBody(String newBody) {
        this.body = newBody;
        return this;
    }

    /** Answers the n-th request (from 1) with {@code status.applyAsInt(n)}. */
    Receiver answering(IntUnaryOperator newStatus) {
        this.status = newStatus;
        return this;
    }

    Receiver beforeAnswering(Runnable hook) {
        this.beforeAnswer = hook;
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
