package dev.atlvs.core.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.lifecycle.Lifecycle;
import org.junit.jupiter.api.Test;

class GuardrailsLifecycleTest {

    private enum LampState { OFF, ON, BROKEN }

    private record Lamp(LampState state) {}

    private static final Lifecycle<Lamp, LampState> LAMP = Lifecycle.of(LampState.class, Lamp::state)
            .entity("lamp").table("lamps").code(CoreErrorCode.RULE_VIOLATED).initial(LampState.OFF)
            .allow(LampState.OFF, LampState.ON).allow(LampState.ON, LampState.OFF, LampState.BROKEN).build();

    @Test
    void aDeclaredLifecycleIsFoundByItsTableAndColumn() {
        Guardrails guardrails = Guardrails.builder().lifecycle(LAMP).build();

        assertThat(guardrails.lifecycle("lamps", "status")).hasValueSatisfying(probe -> assertThat(probe.lifecycle()).isSameAs(LAMP));
        assertThat(guardrails.lifecycle("lamps", "colour")).isEmpty();
        assertThat(guardrails.lifecycles()).hasSize(1);
    }

    @Test
    void aProbeCarriesTheColumnValuesOfAState() {
        Guardrails guardrails = Guardrails.builder()
                .lifecycle(LAMP, probe -> probe.alsoSet(LampState.BROKEN, "broken_at = now()"))
                .build();

        LifecycleProbe<?> probe = guardrails.lifecycle("lamps", "status").orElseThrow();
        assertThat(alsoSet(probe, LampState.BROKEN)).contains("broken_at = now()");
        assertThat(alsoSet(probe, LampState.ON)).isNull();
    }

    @Test
    void aFreeStatusIsKnownAsFree() {
        Guardrails guardrails = Guardrails.builder().freeStatus("lamps", "colour").build();

        assertThat(guardrails.isFreeStatus("lamps", "colour")).isTrue();
        assertThat(guardrails.isFreeStatus("lamps", "status")).isFalse();
        assertThat(guardrails.freeStatuses()).containsExactly("lamps.colour");
    }

    @Test
    void aStatusColumnIsDeclaredOnlyOnce() {
        assertThatThrownBy(() -> Guardrails.builder().lifecycle(LAMP).lifecycle(LAMP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Guardrails.builder().lifecycle(LAMP).freeStatus("lamps", "status")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Guardrails.builder().freeStatus("lamps", "status").lifecycle(LAMP)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noGuardrailsDeclareNoLifecycles() {
        assertThat(Guardrails.none().lifecycles()).isEmpty();
        assertThat(Guardrails.none().freeStatuses()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static String alsoSet(LifecycleProbe<?> probe, LampState state) {
        return ((LifecycleProbe<LampState>) probe).alsoSet(state).orElse(null);
    }
}
