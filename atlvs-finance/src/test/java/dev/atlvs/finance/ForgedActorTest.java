package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.finance.expense.Expense;
import dev.atlvs.finance.expense.ExpenseRepository;
import dev.atlvs.finance.expense.ExpenseStatus;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The submitter of an expense cannot approve it by claiming to be someone else: the approver the
 * database stamps is the verified actor, and an actor written with {@code set_config} (through the
 * handle of the submitter's own transaction, or on a bare connection) leaves the transaction with no
 * tenant and no actor, so the approval touches nothing.
 */
@AtlvsTest
class ForgedActorTest {

    private record Submitted(OrganizationFixture org, User crew, Expense expense) {}

    private static Submitted submitted(Fixtures fixtures, String name) {
        OrganizationFixture org = fixtures.organization(name);
        User crew = org.addMember(MemberRole.CONTRIBUTOR);
        Budget budget = FinanceFixtures.budget(org, FinanceFixtures.project(org, "Harbour Lights Festival"));
        Expense expense = FinanceFixtures.expense(org, crew, budget, "120.00");
        org.as(crew, tx -> tx.handle().createUpdate("update atlvs.expenses set status = 'submitted' where id = :id")
                .bind("id", expense.id()).execute());
        return new Submitted(org, crew, expense);
    }

    private static ExpenseStatus statusOf(Submitted s) {
        return s.org().asOwner(tx -> tx.repository(ExpenseRepository.class).get(s.expense().id()).status());
    }

    @Test
    void theSubmitterClaimingToBeTheOwnerThroughTheHandleApprovesNothing(Fixtures fixtures) {
        // given
        Submitted s = submitted(fixtures, "Forged Approver Live");

        // when: inside the submitter's own transaction, the actor is rewritten to the owner, then the expense approved
        int approved = s.org().as(s.crew(), tx -> {
            // SET LOCAL: sent along to the shards too where the tables are distributed with Citus
            tx.handle().execute("set local atlvs.actor_id = '" + s.org().owner().id() + "'");
            return tx.handle().createUpdate("update atlvs.expenses set status = 'approved' where id = :id").bind("id", s.expense().id()).execute();
        });

        // then
        assertThat(approved).isZero();
        assertThat(statusOf(s)).isEqualTo(ExpenseStatus.SUBMITTED);
    }

    @Test
    void theSubmitterClaimingToBeTheOwnerOnABareConnectionApprovesNothing(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        Submitted s = submitted(fixtures, "Forged Bare Approver Live");

        // when
        int approved;
        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement forge = connection.prepareStatement(
                    "select set_config('atlvs.tenant_id', ?, true), set_config('atlvs.actor_id', ?, true)")) {
                forge.setString(1, s.org().id().toString());
                forge.setString(2, s.org().owner().id().toString());
                forge.executeQuery().close();
            }
            try (PreparedStatement approve = connection.prepareStatement("update atlvs.expenses set status = 'approved' where id = ?")) {
                approve.setObject(1, s.expense().id());
                approved = approve.executeUpdate();
            }
            connection.commit();
        }

        // then
        assertThat(approved).isZero();
        assertThat(statusOf(s)).isEqualTo(ExpenseStatus.SUBMITTED);
    }

    @Test
    void theOwnersVerifiedContextApprovesAndIsStampedAsTheApprover(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        Submitted s = submitted(fixtures, "Verified Approver Live");

        // when: the same statement in a context opened as the SDK opens it
        int approved;
        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            SqlContext.of(database).tenant(connection, s.org().id(), s.org().owner().id());
            try (PreparedStatement approve = connection.prepareStatement("update atlvs.expenses set status = 'approved' where id = ?")) {
                approve.setObject(1, s.expense().id());
                approved = approve.executeUpdate();
            }
            connection.commit();
        }

        // then
        assertThat(approved).isOne();
        Expense expense = s.org().asOwner(tx -> tx.repository(ExpenseRepository.class).get(s.expense().id()));
        assertThat(expense.status()).isEqualTo(ExpenseStatus.APPROVED);
        assertThat(expense.approvedBy()).contains(s.org().owner().id());
        assertThat(expense.submittedBy()).contains(s.crew().id());
    }
}
