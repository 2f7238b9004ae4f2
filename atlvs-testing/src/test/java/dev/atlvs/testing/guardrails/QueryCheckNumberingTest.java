package dev.atlvs.testing.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How the query check numbers the driver's placeholders and which parameter types it declares. */
class QueryCheckNumberingTest {

    private enum Size { SMALL }

    @Test
    void placeholdersAreNumberedInOrder() {
        assertThat(numbered("select * from t where a = ? and b = ?", 2).sql()).isEqualTo("select * from t where a = $1 and b = $2");
    }

    @Test
    void questionMarksInLiteralsQuotedNamesCommentsAndDollarQuotesAreNoPlaceholders() {
        String sql = """
                select 'why?', 'it''s?', E'\\'?', "odd?name", $$what?$$, $tag$ ? $tag$ -- really?
                  from t /* outer /* inner? */ still? */ where a = ?
                """;
        assertThat(numbered(sql, 1).sql()).endsWith("where a = $1\n").contains("'why?'", "E'\\'?'", "$tag$ ? $tag$", "-- really?");
    }

    @Test
    void aDoubledQuestionMarkIsTheOperatorTheDriverUnescapes() {
        assertThat(numbered("select data ?? 'key' from t where id = ?", 1).sql()).isEqualTo("select data ? 'key' from t where id = $1");
    }

    @Test
    void aTrailingSemicolonIsDroppedAndASecondStatementIsRefused() {
        assertThat(numbered("select 1; -- done\n", 0).sql()).isEqualTo("select 1");
        assertThat(numbered("select 1; select 2", 0).problem()).contains("more than one statement");
    }

    @Test
    void aCountThatDiffersFromJdbisIsRefused() {
        assertThat(numbered("select ?", 2).problem()).isEqualTo("Jdbi parsed 2 parameters but the SQL holds 1 placeholders");
    }

    @Test
    void parametersAreDeclaredWithTheTypeTheDriverAnnounces() throws NoSuchMethodException {
        Method method = QueryCheckNumberingTest.class.getDeclaredMethod("parameters", UUID.class, Optional.class, UUID[].class, List.class,
                Size.class, Object.class, byte[].class);
        Type[] types = method.getGenericParameterTypes();
        assertThat(List.of(types)).extracting(QueryCheck::sqlType)
                .containsExactly("uuid", "date", "uuid[]", "unknown", "varchar", "unknown", "bytea");
    }

    @SuppressWarnings("unused")
    private static void parameters(UUID id, Optional<LocalDate> due, UUID[] ids, List<UUID> list, Size size, Object other, byte[] bytes) {}

    private static QueryCheck.Prepared numbered(String sql, int parameters) {
        return QueryCheck.numbered(sql, Collections.nCopies(parameters, "unknown"));
    }
}
