package dev.atlvs.testing.guardrails;

/** One broken schema convention: the table (or function), the rule, and what is wrong. */
public record Finding(String object, String rule, String detail) {
    @Override
    public String toString() {
        return object + " breaks " + rule + ": " + detail;
    }
}
