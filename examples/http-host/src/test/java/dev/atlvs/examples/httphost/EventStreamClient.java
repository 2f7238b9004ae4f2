package dev.atlvs.examples.httphost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads a server-sent event stream over {@link HttpClient}, event by event, on a thread of its own. */
final class EventStreamClient implements AutoCloseable {
    /** One event: its name, id (empty when it has none) and data. */
    record Event(String name, String id, String data) {}

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Stream<String> lines;
    private final Thread reader;
    final int status;

    EventStreamClient(HttpClient http, URI uri, String key) {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").header("Authorization", "Bearer " + key).GET()
                .build();
        HttpResponse<Stream<String>> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
        status = response.statusCode();
        lines = response.body();
        reader = new Thread(this::read, "event-stream-client");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        String name = "message";
        String id = "";
        StringBuilder data = new StringBuilder();
        try {
            Iterator<String> iterator = lines.iterator();
            while (iterator.hasNext()) {
                String line = iterator.next();
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(name, id, data.toString()));
                    }
                    name = "message";
                    id = "";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).trim();
                } else if (line.startsWith("id:")) {
                    id = line.substring("id:".length()).trim();
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring("data:".length()).trim());
                }
            }
        } catch (UncheckedIOException closed) {
            // the stream ended
        }
    }

    /** The next event named {@code name}, skipping others, waiting at most {@code patience} in all; null when none came. */
    Event next(String name, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            Event event = events.poll(left, TimeUnit.NANOSECONDS);
            if (event == null || event.name().equals(name)) {
                return event;
            }
        }
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }
}
