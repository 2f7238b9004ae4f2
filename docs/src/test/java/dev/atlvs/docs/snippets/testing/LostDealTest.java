package dev.atlvs.docs.snippets.testing;

// tag::testing-rules[]
import static dev.atlvs.testing.RuleAssertions.reports;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.deal.DealService;
import dev.atlvs.pipeline.testing.SalesFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

@AtlvsTest
class LostDealTest {

    @Test
    void aDealIsNotLostWithoutAReason(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Acme Live");
        Deal deal = SalesFixtures.deal(acme, SalesFixtures.standardPipeline(acme), "Harbour gala", "120000");

        // when
        Throwable failure = catchThrowable(() -> acme.asOwner(tx -> new DealService(tx).lose(deal.id(), " ")));

        // then: its code, field and rule, whether the service or the database refused it
        reports(failure, PipelineRules.PIPELINE_OPPORTUNITIES_LOST_REASON);
    }
}
// end::testing-rules[]
