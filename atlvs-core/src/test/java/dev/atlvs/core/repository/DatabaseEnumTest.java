package dev.atlvs.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Stored texts of closed value sets: the lower-cased constant names, both ways, including constants with bodies. */
class DatabaseEnumTest {

    enum Stage {
        TODO,
        IN_PROGRESS {
            @Override
            boolean open() {
                return true;
            }
        },
        DONE;

        boolean open() {
            return false;
        }
    }

    @Test
    void everyConstantIsStoredAsItsLowerCasedNameAndReadBack() {
        for (Stage stage : Stage.values()) {
            String stored = DatabaseEnum.toDatabase(stage);
            assertThat(stored).isEqualTo(stage.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(DatabaseEnum.fromDatabase(Stage.class, stored)).isSameAs(stage);
        }
        assertThat(DatabaseEnum.toDatabase(Stage.IN_PROGRESS)).isEqualTo("in_progress");
        assertThat(Stage.IN_PROGRESS.getClass()).isNotEqualTo(Stage.class);
    }

    @Test
    void aTextInAnotherCaseNamesTheSameConstant() {
        assertThat(DatabaseEnum.fromDatabase(Stage.class, "IN_PROGRESS")).isSameAs(Stage.IN_PROGRESS);
        assertThat(DatabaseEnum.fromDatabase(Stage.class, "Done")).isSameAs(Stage.DONE);
    }

    @Test
    void aTextNamingNoConstantIsRefused() {
        assertThatThrownBy(() -> DatabaseEnum.fromDatabase(Stage.class, "archived"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ARCHIVED");
    }
}
