package dev.atlvs.pipeline.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.pipeline.sales.deal.DealStatus;
import org.junit.jupiter.api.Test;

class DealStatusTest {

    @Test
    void dealsFollowTheLSalesTransitionTableExactly() {
        // given
        DealStatus[] states = DealStatus.values();

        // when / then: active and on hold move between each other and to won or lost; won and lost are final
        for (DealStatus from : states) {
            for (DealStatus to : states) {
                boolean expected = from != to && from.open();
                assertThat(DealStatus.LIFECYCLE.allows(from, to)).as("%s -> %s", from, to).isEqualTo(expected);
            }
        }
        assertThat(DealStatus.LIFECYCLE.terminal()).containsExactlyInAnyOrder(DealStatus.WON, DealStatus.LOST);
        assertThat(DealStatus.LIFECYCLE.rule()).isEqualTo("pipeline_opportunities_status_transition");
    }
}
