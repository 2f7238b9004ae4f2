package dev.atlvs.core.event;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A published event type, such as {@code invoice.paid}, and the aggregate type whose events it names
 * (e.g. {@code invoice}). Modules declare theirs in {@link dev.atlvs.core.module.AtlvsModule#eventTypes()}.
 */
public record EventType(String name, String aggregateType, String description) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");
    private static final Pattern AGGREGATE = Pattern.compile("[a-z][a-z_]{0,62}");

    public EventType {
        requireNonNull(name, "name is null");
        requireNonNull(aggregateType, "aggregateType is null");
        requireNonNull(description, "description is null");
        if (!NAME.matcher(name).matches() || name.length() > 100) {
            throw new IllegalArgumentException("an event type is lower-case dotted words, e.g. invoice.paid");
        }
        if (!AGGREGATE.matcher(aggregateType).matches()) {
            throw new IllegalArgumentException("an aggregate type is a lower-case word, e.g. invoice");
        }
    }
}
