package dev.atlvs.core.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.module.LifecycleProbe;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.guardrails.Finding;
import dev.atlvs.testing.guardrails.LifecycleCheck;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle check catches what it exists for: a throwaway table whose trigger allows new → used,
 * new → broken and used → broken is probed with lifecycles that agree with it and with lifecycles that
 * deliberately do not.
 */
@AtlvsTest
class LifecycleCheckSelfTest {

    private enum GadgetState { NEW, USED, BROKEN }

    private enum GadgetStateWithLost { NEW, USED, BROKEN, LOST }

    private record Gadget(GadgetState state) {}

    private record LostGadget(GadgetStateWithLost state) {}

    /** The trigger's table, and the stamp a broken gadget needs. */
    private static final Lifecycle<Gadget, GadgetState> RIGHT = gadgets()
            .allow(GadgetState.NEW, GadgetState.USED, GadgetState.BROKEN)
            .allow(GadgetState.USED, GadgetState.BROKEN)
            .build();

    /** Allows used → new, which the trigger refuses, and refuses new → broken, which the trigger allows. */
    private static final Lifecycle<Gadget, GadgetState> WRONG = gadgets()
            .allow(GadgetState.NEW, GadgetState.USED)
            .allow(GadgetState.USED, GadgetState.NEW, GadgetState.BROKEN)
            .build();

    private OrganizationFixture org;
    private UUID gadget;

    @BeforeEach
    void createThrowawayTableWithATransitionTrigger(TestDatabase database, Fixtures fixtures) throws SQLException {
        // The trigger's function first, committed: on Citus the trigger is made on every shard, over connections that
        // see only what is committed.
        owner(database, """
                create or replace function atlvs.throwaway_check_gadget() returns trigger
                    language plpgsql
                    set search_path = pg_catalog, atlvs
                as $$
                begin
                    if new.status is distinct from old.status
                       and not (old.status = 'new' and new.status in ('used', 'broken') or old.status = 'used' and new.status = 'broken') then
                        raise exception 'a gadget does not move from % to % (constraint "throwaway_gadgets_status_transition")',
                                old.status, new.status
                            using errcode = 'check_violation', constraint = 'throwaway_gadgets_status_transition';
                    end if;
                    return new;
                end
                $$;
                """);
        owner(database, """
                drop table if exists atlvs.throwaway_gadgets;
                delete from atlvs.registered_tables where table_name = 'throwaway_gadgets';
                create table atlvs.throwaway_gadgets (
                    organization_id uuid not null references atlvs.organizations (id),
                    id uuid not null,
                    status text not null default 'new',
                    broken_at timestamptz,
                    created_at timestamptz not null, created_by uuid,
                    updated_at timestamptz not null, updated_by uuid,
                    version bigint not null,
                    primary key (organization_id, id),
                    constraint throwaway_gadgets_status_check check (status in ('new', 'used', 'broken')),
                    constraint throwaway_gadgets_broken_check check ((status = 'broken') = (broken_at is not null))
                );
                select atlvs.register_tenant_table('atlvs.throwaway_gadgets');
                grant select, insert, update, delete on atlvs.throwaway_gadgets to atlvs_app;
                create trigger check_gadget before update on atlvs.throwaway_gadgets
                    for each row execute function atlvs.throwaway_check_gadget();
                """);
        org = fixtures.organization("Gadget Rentals");
        gadget = UUID.randomUUID();
        org.asOwner(tx -> tx.handle().createUpdate("insert into atlvs.throwaway_gadgets (organization_id, id) values (:org, :id)")
                .bind("org", tx.organizationId()).bind("id", gadget).execute());
    }

    @Test
    void aLifecycleThatMatchesTheTriggerHasNoFindings(TestDatabase database) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection()) {
            assertThat(LifecycleCheck.states(connection, RIGHT)).isEmpty();
        }
        assertThat(LifecycleCheck.transitions(org, stamped(RIGHT), gadget)).isEmpty();
    }

    @Test
    void aTriggerRaisingTheLifecyclesRuleMakesTheDatabaseEnforceIt(TestDatabase database) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection()) {
            assertThat(LifecycleCheck.enforcedByDatabase(connection, RIGHT)).isTrue();
        }
        // Two transactions: Citus drops the trigger on every shard at once, and then runs no function command in that transaction.
        owner(database, "drop trigger check_gadget on atlvs.throwaway_gadgets");
        owner(database, "drop function atlvs.throwaway_check_gadget()");
        try (Connection connection = database.ownerDataSource().getConnection()) {
            assertThat(LifecycleCheck.enforcedByDatabase(connection, RIGHT)).isFalse();
        }
    }

    @Test
    void aMoveTheLifecycleAllowsButTheTriggerRefusesIsReported() {
        assertThat(LifecycleCheck.transitions(org, stamped(WRONG), gadget)).extracting(Finding::detail)
                .contains("the lifecycle allows used -> new but the database refuses it (throwaway_gadgets_status_transition)");
    }

    @Test
    void aMoveTheLifecycleRefusesButTheDatabaseAcceptsIsReported() {
        assertThat(LifecycleCheck.transitions(org, stamped(WRONG), gadget)).extracting(Finding::detail)
                .contains("the lifecycle refuses new -> broken but the database accepts it");
    }

    @Test
    void everyDisagreementIsReportedAndNothingElse() {
        assertThat(LifecycleCheck.transitions(org, stamped(WRONG), gadget)).extracting(Finding::detail).containsExactlyInAnyOrder(
                "the lifecycle allows used -> new but the database refuses it (throwaway_gadgets_status_transition)",
                "the lifecycle refuses new -> broken but the database accepts it");
    }

    @Test
    void aMoveRefusedForAnotherRuleAsksForTheColumnValuesItNeeds() {
        List<Finding> findings = LifecycleCheck.transitions(org, LifecycleProbe.of(RIGHT), gadget);

        assertThat(findings).isNotEmpty().extracting(Finding::detail)
                .allSatisfy(detail -> assertThat(detail).contains("throwaway_gadgets_broken_check").contains("alsoSet"));
    }

    @Test
    void aStateTheStatusColumnDoesNotAllowIsReported(TestDatabase database) throws SQLException {
        Lifecycle<LostGadget, GadgetStateWithLost> withLost = Lifecycle.of(GadgetStateWithLost.class, LostGadget::state)
                .entity("gadget").table("throwaway_gadgets").code(CoreErrorCode.RULE_VIOLATED).initial(GadgetStateWithLost.NEW)
                .allow(GadgetStateWithLost.NEW, GadgetStateWithLost.USED, GadgetStateWithLost.LOST)
                .build();

        try (Connection connection = database.ownerDataSource().getConnection()) {
            assertThat(LifecycleCheck.states(connection, withLost)).singleElement().satisfies(finding -> {
                assertThat(finding.rule()).isEqualTo("lifecycle states");
                assertThat(finding.detail()).contains("[broken, lost, new, used]").contains("[broken, new, used]");
            });
        }
    }

    @Test
    void theProbeLeavesTheRowAsItWas() {
        LifecycleCheck.transitions(org, stamped(WRONG), gadget);

        String status = org.asOwner(tx -> tx.handle().createQuery("select status from atlvs.throwaway_gadgets where id = :id")
                .bind("id", gadget).mapTo(String.class).one());
        assertThat(status).isEqualTo("new");
    }

    @Test
    void aStatusColumnWithoutALifecycleOrAFreeDeclarationIsReported() {
        AtlvsModule core = AtlvsModules.installed().named(AtlvsModule.CORE).orElseThrow();

        assertThat(LifecycleCheck.undeclaredStatusColumns(core.tables(), Guardrails.none())).extracting(Finding::object)
                .contains("organization_members.status", "storage_files.status", "webhooks.status", "organizations.compliance_status");
        assertThat(LifecycleCheck.undeclaredStatusColumns(core.tables(), core.guardrails())).isEmpty();
    }

    @Test
    void aLifecycleDeclaredForAColumnOfAnotherEnumIsReported() {
        AtlvsModule core = AtlvsModules.installed().named(AtlvsModule.CORE).orElseThrow();
        Lifecycle<Gadget, GadgetState> misplaced = Lifecycle.of(GadgetState.class, Gadget::state)
                .entity("membership").table("organization_members").code(CoreErrorCode.RULE_VIOLATED).initial(GadgetState.NEW).build();
        Guardrails guardrails = Guardrails.builder().lifecycle(misplaced).build();

        assertThat(LifecycleCheck.undeclaredStatusColumns(core.tables(), guardrails))
                .filteredOn(finding -> finding.object().equals("organization_members.status")).singleElement()
                .satisfies(finding -> assertThat(finding.detail()).contains("GadgetState").contains("MemberStatus"));
    }

    private static Lifecycle.Builder<Gadget, GadgetState> gadgets() {
        return Lifecycle.of(GadgetState.class, Gadget::state)
                .entity("gadget").table("throwaway_gadgets").code(CoreErrorCode.RULE_VIOLATED).initial(GadgetState.NEW);
    }

    private static LifecycleProbe<GadgetState> stamped(Lifecycle<Gadget, GadgetState> lifecycle) {
        return LifecycleProbe.builder(lifecycle).alsoSet(GadgetState.BROKEN, "broken_at = now()").build();
    }

    private static void owner(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
