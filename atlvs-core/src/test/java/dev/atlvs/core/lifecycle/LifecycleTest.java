package dev.atlvs.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.ErrorCategory;
import dev.atlvs.core.error.ErrorCode;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private enum TestCode implements ErrorCode {
        DOOR_TRANSITION_INVALID(ErrorCategory.CONFLICT), DOOR_INVALID(ErrorCategory.VALIDATION);

        private final ErrorCategory category;

        TestCode(ErrorCategory category) {
            this.category = category;
        }

        @Override
        public int number() {
            return 4000 + ordinal();
        }

        @Override
        public ErrorCategory category() {
            return category;
        }
    }

    private enum DoorState { OPEN, CLOSED, LOCKED, BRICKED_UP }

    private record Door(String secretCode, DoorState state) {}

    private static final Lifecycle<Door, DoorState> DOOR = Lifecycle.of(DoorState.class, Door::state)
            .entity("door").table("doors").code(TestCode.DOOR_TRANSITION_INVALID)
            .initial(DoorState.OPEN, DoorState.CLOSED)
            .allow(DoorState.OPEN, DoorState.CLOSED, DoorState.BRICKED_UP)
            .allow(DoorState.CLOSED, DoorState.OPEN, DoorState.LOCKED)
            .allow(DoorState.LOCKED, DoorState.CLOSED)
            .build();

    @Test
    void itAllowsExactlyTheDeclaredMoves() {
        for (DoorState from : DoorState.values()) {
            for (DoorState to : DoorState.values()) {
                boolean declared = switch (from) {
                    case OPEN -> to == DoorState.CLOSED || to == DoorState.BRICKED_UP;
                    case CLOSED -> to == DoorState.OPEN || to == DoorState.LOCKED;
                    case LOCKED -> to == DoorState.CLOSED;
                    case BRICKED_UP -> false;
                };
                assertThat(DOOR.allows(from, to)).as("%s -> %s", from, to).isEqualTo(declared);
            }
        }
    }

    @Test
    void stayingInAStateIsNotAMove() {
        assertThat(DoorState.values()).allSatisfy(state -> assertThat(DOOR.allows(state, state)).isFalse());
        assertThatThrownBy(() -> Lifecycle.of(DoorState.class, Door::state).allow(DoorState.OPEN, DoorState.OPEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStateWithoutMovesIsTerminal() {
        assertThat(DOOR.terminal()).containsExactly(DoorState.BRICKED_UP);
        assertThat(DOOR.isTerminal(DoorState.BRICKED_UP)).isTrue();
        assertThat(DOOR.isTerminal(DoorState.LOCKED)).isFalse();
        assertThat(DOOR.targets(DoorState.BRICKED_UP)).isEmpty();
    }

    @Test
    void itListsEveryStateTheInitialStatesAndTheTargetsOfEach() {
        assertThat(DOOR.states()).containsExactly(DoorState.values());
        assertThat(DOOR.initial()).containsExactly(DoorState.OPEN, DoorState.CLOSED);
        assertThat(DOOR.isInitial(DoorState.LOCKED)).isFalse();
        assertThat(DOOR.targets(DoorState.CLOSED)).isEqualTo(EnumSet.of(DoorState.OPEN, DoorState.LOCKED));
    }

    @Test
    void aRefusedMoveIsAConflictWithTheAggregateCodeTheFieldAndTheTransitionRule() {
        assertThatThrownBy(() -> DOOR.require(DoorState.LOCKED, DoorState.OPEN))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(TestCode.DOOR_TRANSITION_INVALID);
                    assertThat(e.field()).contains("status");
                    assertThat(e.rule()).contains("doors_status_transition");
                    assertThat(e.getMessage()).endsWith("Door cannot move from locked to open (from locked it moves to closed)");
                });
    }

    @Test
    void theMessageOfARefusedMoveOutOfATerminalStateSaysTheStateIsFinal() {
        assertThat(DOOR.refusal(DoorState.BRICKED_UP, DoorState.OPEN).getMessage())
                .endsWith("Door cannot move from bricked_up to open (bricked_up is final)");
    }

    @Test
    void theMessageOfAMoveIntoTheCurrentStateSaysTheRecordIsInItAlready() {
        assertThat(DOOR.refusal(DoorState.LOCKED, DoorState.LOCKED).getMessage())
                .endsWith("Door is locked already (from locked it moves to closed)");
    }

    @Test
    void theEntityFormReadsTheCurrentStateAndReturnsTheEntity() {
        Door door = new Door("4711", DoorState.CLOSED);
        assertThat(DOOR.require(door, DoorState.LOCKED)).isSameAs(door);
        assertThatThrownBy(() -> DOOR.require(new Door("4711", DoorState.OPEN), DoorState.LOCKED))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).doesNotContain("4711"));
    }

    @Test
    void anAllowedMoveIsNotRefused() {
        DOOR.require(DoorState.OPEN, DoorState.BRICKED_UP);
    }

    @Test
    void aColumnOtherThanStatusNamesItsPropertyAndItsRule() {
        Lifecycle<Door, DoorState> lifecycle = Lifecycle.of(DoorState.class, Door::state)
                .entity("door").table("doors").column("lock_status").code(TestCode.DOOR_TRANSITION_INVALID)
                .initial(DoorState.OPEN).build();
        assertThat(lifecycle.field()).isEqualTo("lockStatus");
        assertThat(lifecycle.rule()).isEqualTo("doors_lock_status_transition");
    }

    @Test
    void aLifecycleNeedsItsEntityTableCodeAndInitialState() {
        assertThatThrownBy(() -> Lifecycle.of(DoorState.class, Door::state).entity("door").table("doors").initial(DoorState.OPEN).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Lifecycle.of(DoorState.class, Door::state).entity("door").table("doors")
                .code(TestCode.DOOR_TRANSITION_INVALID).build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theTransitionCodeIsAConflict() {
        assertThatThrownBy(() -> Lifecycle.of(DoorState.class, Door::state).code(TestCode.DOOR_INVALID))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTableIsALowerCaseSqlName() {
        assertThatThrownBy(() -> Lifecycle.of(DoorState.class, Door::state).table("atlvs.doors; drop table x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
