package dev.atlvs.core.module;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.ErrorCode;
import java.util.Arrays;
import java.util.List;

/**
 * The number range a module's error codes live in, and the codes themselves. Ranges of installed
 * modules never overlap and every code lies in its module's range, so a number identifies one failure
 * across the SDK.
 *
 * @param first the first number of the range
 * @param last the last number of the range
 * @param codes the module's codes
 */
public record ErrorCodeBlock(int first, int last, List<ErrorCode> codes) {

    public ErrorCodeBlock {
        requireNonNull(codes, "codes is null");
        if (first <= 0 || last < first) {
            throw new IllegalArgumentException("an error-code block is a positive range, first <= last");
        }
        codes = List.copyOf(codes);
        for (ErrorCode code : codes) {
            if (code.number() < first || code.number() > last) {
                throw new IllegalArgumentException("error code " + code.name() + " (" + code.number() + ") lies outside "
                        + first + "-" + last);
            }
        }
    }

    /** The block {@code first}–{@code last} holding every constant of the enum {@code codes}. */
    public static <E extends Enum<E> & ErrorCode> ErrorCodeBlock of(int first, int last, Class<E> codes) {
        return new ErrorCodeBlock(first, last, Arrays.asList(codes.getEnumConstants()));
    }

    /** Whether this range shares a number with {@code other}. */
    public boolean overlaps(ErrorCodeBlock other) {
        return first <= other.last && other.first <= last;
    }
}
