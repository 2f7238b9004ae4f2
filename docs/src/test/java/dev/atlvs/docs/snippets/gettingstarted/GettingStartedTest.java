package dev.atlvs.docs.snippets.gettingstarted;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.repository.PageRequest;
import dev.atlvs.finance.invoice.InvoiceStatus;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** The getting-started guide's steps, run in order against a database of the embedded server as the guide's host. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GettingStartedTest {
    private TestDatabase database;
    private Host host;
    private FirstOrganization organization;
    private ProjectsAndTasks plan;

    @BeforeAll
    void startTheHost() {
        database = TestDatabases.shared().create(GettingStartedTest.class);
        host = Host.start(database.jdbcUrl(), database.ownerCredentials().password(), database.appCredentials().password());
    }

    @AfterAll
    void stopTheHost() {
        host.close();
        database.close();
    }

    @Test
    @Order(1)
    void theHostRunsTenantTransactionsAsTheRuntimeRole() {
        // given
        organization = FirstOrganization.create(host.atlvs());
        UUID org = organization.organization().id();

        // when
        String role = host.atlvs().inTenant(org, organization.maya().id(),
                tx -> tx.handle().createQuery("select current_user").mapTo(String.class).one());
        int members = host.atlvs().inTenant(org, organization.maya().id(),
                tx -> tx.repository(MemberRepository.class).page(PageRequest.first()).items().size());

        // then
        assertThat(host.applied()).as("the database was cloned from a migrated template").isZero();
        assertThat(role).isEqualTo(TestDatabases.APP_ROLE);
        assertThat(members).isEqualTo(2);
    }

    @Test
    @Order(2)
    void theProjectIsScheduledAroundTheDayOff() {
        // when
        plan = ProjectsAndTasks.plan(host.atlvs(), organization.organization().id(), organization.maya().id());

        // then
        assertThat(plan.schedule().criticalPath()).containsExactly(plan.survey().id(), plan.stage().id(), plan.soundCheck().id());
        assertThat(plan.schedule().projectFinish()).isEqualTo(LocalDate.of(2026, 7, 10));
    }

    @Test
    @Order(3)
    void theInvoiceIsIssuedAndPartlyPaid() {
        // when
        FirstInvoice invoice = FirstInvoice.issue(host.atlvs(), organization.organization().id(), organization.maya().id());

        // then
        assertThat(invoice.issued().totalAmount()).isEqualByComparingTo(new BigDecimal("59375.00"));
        assertThat(invoice.afterPayment().status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.afterPayment().amountDue()).isEqualByComparingTo(new BigDecimal("39375.00"));
        assertThat(invoice.balance().isBalanced()).isTrue();
    }

    @Test
    @Order(4)
    void badInputIsReportedWithEveryFieldAndRule() {
        // when
        var report = BadInput.refusedTask(host.atlvs(), organization.organization().id(), organization.maya().id(), plan.project().id());

        // then
        assertThat(report).hasSize(2);
        assertThat(report).anySatisfy(line -> assertThat(line).startsWith("title "));
        assertThat(report).anySatisfy(line -> assertThat(line).startsWith("estimatedHours "));
    }

    @Test
    @Order(5)
    void theOwnerRevertsTheContributorsChange() {
        // when
        AuditAndRevert audit = AuditAndRevert.renameAndRevert(host.atlvs(), organization.organization().id(),
                organization.maya().id(), organization.priya().id(), plan.stage().id());

        // then
        assertThat(audit.history()).extracting(entry -> entry.action()).containsExactly(AuditAction.INSERT, AuditAction.UPDATE);
        assertThat(audit.history().get(1).actorId()).contains(organization.priya().id());
        assertThat(audit.history().get(1).changedFields()).contains("title");
        assertThat(audit.reverted()).isEqualTo(1);
        assertThat(audit.titleAfterRevert()).isEqualTo("Main stage build");
    }
}
