package dev.atlvs.core.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.core.module.ErrorCodeBlock;
import dev.atlvs.core.repository.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The automation types modules contribute: named after their module, once, and found by the installed catalog. */
class AutomationTypesOfModulesTest {

    /** The error codes of the test modules. */
    private enum TestCode implements dev.atlvs.core.error.ErrorCode {
        STAGE_CLOSED;

        @Override
        public int number() {
            return 90_000;
        }

        @Override
        public dev.atlvs.core.error.ErrorCategory category() {
            return dev.atlvs.core.error.ErrorCategory.CONFLICT;
        }
    }

    /** A module named {@code test} contributing the types of {@link Stage}. */
    private static AtlvsModule module(String name, List<AutomationTrigger> triggers, List<AutomationAction> actions) {
        return new AtlvsModule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Table<?, ?>> tables() {
                return List.of();
            }

            @Override
            public ErrorCodeBlock errorCodes() {
                return ErrorCodeBlock.of(90_000, 90_999, TestCode.class);
            }

            @Override
            public List<AutomationTrigger> automationTriggers() {
                return triggers;
            }

            @Override
            public List<AutomationAction> automationActions() {
                return actions;
            }
        };
    }

    private static AtlvsModule core() {
        return AtlvsModules.installed().named(AtlvsModule.CORE).orElseThrow();
    }

    @Test
    void aModulesTypesNamedAfterItAreAccepted() {
        // when
        AtlvsModules modules = AtlvsModules.of(List.of(core(), module("test", List.of(Stage.ENTERED, Stage.IDLE), List.of(Stage.MOVE))));

        // then
        assertThat(modules.named("test").orElseThrow().automationTriggers()).extracting(AutomationTrigger::name)
                .containsExactly("test.entered", "test.idle");
    }

    @Test
    void aTypeNamedAfterAnotherModuleIsRefused() {
        assertThatThrownBy(() -> AtlvsModules.of(List.of(core(), module("stage", List.of(Stage.ENTERED), List.of()))))
                .isInstanceOfSatisfying(AtlvsException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.MODULE_SETUP_INVALID);
                    assertThat(e.getMessage()).contains("test.entered");
                });
    }

    @Test
    void twoActionTypesOfOneNameAreRefused() {
        assertThatThrownBy(() -> AtlvsModules.of(List.of(core(), module("test", List.of(), List.of(Stage.MOVE, Stage.MOVE)))))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.MODULE_SETUP_INVALID));
    }

    @Test
    void theCoreContributesNoTypesOfItsOwn() {
        assertThat(AutomationCatalog.installed().triggers()).isEmpty();
        assertThat(AutomationCatalog.installed().actions()).isEmpty();
    }
}
