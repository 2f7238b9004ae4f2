package dev.atlvs.core.repository.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Errors raised on a Citus shard name the shard's table and constraints; translation uses the logical names. */
class ShardNamesTest {

    private static final Set<String> KNOWN = Set.of("tags", "tags_name_unique", "budget_lines_2026");

    @Test
    void aShardSuffixIsRemovedWhenTheRestIsAKnownName() {
        assertThat(SqlErrors.unsharded("tags_102075", KNOWN::contains)).isEqualTo("tags");
        assertThat(SqlErrors.unsharded("tags_name_unique_102075", KNOWN::contains)).isEqualTo("tags_name_unique");
    }

    @Test
    void aKnownNameEndingInDigitsIsKeptAsItIs() {
        assertThat(SqlErrors.unsharded("budget_lines_2026", KNOWN::contains)).isEqualTo("budget_lines_2026");
    }

    @Test
    void anUnknownNameIsKeptAsItIs() {
        assertThat(SqlErrors.unsharded("projects_102151", KNOWN::contains)).isEqualTo("projects_102151");
        assertThat(SqlErrors.unsharded("tags_12", KNOWN::contains)).isEqualTo("tags_12");
        assertThat(SqlErrors.unsharded(null, KNOWN::contains)).isNull();
    }
}
