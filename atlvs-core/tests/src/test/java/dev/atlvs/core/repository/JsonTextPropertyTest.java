package dev.atlvs.core.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.validation.internal.JsonText;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The SDK reads JSON text as PostgreSQL's {@code jsonb} input does: for generated documents, well-formed and broken
 * (a token cut, one character replaced, dropped or doubled), it accepts exactly what the server accepts, and names the
 * same kind of value as {@code jsonb_typeof}.
 */
@AtlvsTest
class JsonTextPropertyTest {

    private static final String[] STRINGS = {"", "stage", "Bühne", "\\\"quoted\\\"", "tab\\tline\\n", "\\u00e9", "\\uD83C\\uDF89",
            "\\uD83C", "\\uDF89", "\\u0000", "\\x41", "a\\/b", "\\u12", "ctrl\u0001", "emoji \uD83C\uDF89"};
    private static final String[] NUMBERS = {"0", "-0", "7", "-12", "3.25", "1e9", "2E-3", "-0.5e+2", "01", "1.", ".5", "-", "1e", "+1"};
    private static final String[] LITERALS = {"true", "false", "null", "True", "nul", "NaN", "undefined"};
    private static final String NOISE = "{}[],:\" \t\n\r0-1e.tfnu\\x'/";

    private static String value(Gen gen, int depth) {
        int pick = gen.intBetween(0, depth > 3 ? 2 : 4);
        return switch (pick) {
            case 0 -> "\"" + gen.oneOf(STRINGS) + "\"";
            case 1 -> gen.oneOf(NUMBERS);
            case 2 -> gen.oneOf(LITERALS);
            case 3 -> {
                StringBuilder array = new StringBuilder("[");
                int size = gen.intBetween(0, 3);
                for (int i = 0; i < size; i++) {
                    array.append(i > 0 ? gen.oneOf(",", ", ", " ,") : "").append(value(gen, depth + 1));
                }
                yield array.append(gen.chance(0.05) ? ",]" : "]").toString();
            }
            default -> {
                StringBuilder object = new StringBuilder("{");
                int size = gen.intBetween(0, 3);
                for (int i = 0; i < size; i++) {
                    object.append(i > 0 ? "," : "").append(gen.oneOf(" ", "", "\n")).append('"').append(gen.oneOf(STRINGS)).append('"')
                            .append(gen.oneOf(":", " : ", "=")).append(value(gen, depth + 1));
                }
                yield object.append(gen.chance(0.05) ? ",}" : "}").toString();
            }
        };
    }

    /**
     * {@code text} with one code point cut after, dropped, replaced or doubled, half the time; a surrogate pair is never
     * split (the driver would send the half of one as {@code ?}, which is not what the text says).
     */
    private static String mutated(Gen gen, String text) {
        int[] points = text.codePoints().toArray();
        if (points.length == 0 || gen.chance(0.5)) {
            return text;
        }
        int at = gen.intBetween(0, points.length - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < points.length; i++) {
            if (i == at) {
                switch (gen.intBetween(0, 3)) {
                    case 0 -> {
                        return out.toString();
                    }
                    case 1 -> {
                        continue;
                    }
                    case 2 -> {
                        out.append(NOISE.charAt(gen.intBetween(0, NOISE.length() - 1)));
                        continue;
                    }
                    default -> out.appendCodePoint(points[i]);
                }
            }
            out.appendCodePoint(points[i]);
        }
        return out.toString();
    }

    /** What the server makes of {@code text} as {@code jsonb}: the kind {@code jsonb_typeof} names, or empty when refused. */
    private static Optional<String> server(TestDatabase database, String text) throws SQLException {
        try (Connection connection = database.appDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("select jsonb_typeof(cast(? as jsonb))")) {
            statement.setString(1, text);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return Optional.of(row.getString(1));
            }
        } catch (SQLException refused) {
            if (refused.getSQLState() != null && refused.getSQLState().startsWith("22")) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    @PropertyTest(tries = 400)
    void jsonTextAcceptsWhatPostgresqlAcceptsAndNamesTheSameKind(Gen gen, TestDatabase database) throws SQLException {
        String text = gen.oneOf("", " ", "\n") + mutated(gen, value(gen, 0)) + gen.oneOf("", " ", "\t", " x");

        Optional<String> expected = server(database, text);

        assertThat(JsonText.kind(text).map(kind -> kind.name().toLowerCase(java.util.Locale.ROOT)))
                .as("the kind of %s", text).isEqualTo(expected);
    }
}
