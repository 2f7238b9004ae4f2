package dev.atlvs.pipeline.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.people.availability.CommitmentStatus;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.people.person.PersonStatus;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.pipeline.workforce.manning.ImmutableManningAssignment;
import dev.atlvs.pipeline.workforce.manning.ImmutableManningSlot;
import dev.atlvs.pipeline.workforce.manning.ManningAssignmentRepository;
import dev.atlvs.pipeline.workforce.manning.ManningAssignmentStatus;
import dev.atlvs.pipeline.workforce.manning.ManningService;
import dev.atlvs.pipeline.workforce.manning.ManningSlot;
import dev.atlvs.pipeline.workforce.manning.ManningSlotRepository;
import dev.atlvs.pipeline.workforce.manning.ManningSlotStatus;
import java.util.UUID;

/** Samples, mutations, lifecycles and rule probes of manning slots and assignments. */
final class ManningGuardrails {

    private ManningGuardrails() {}

    static void declare(Guardrails.Builder builder) {
        builder.table("manning_slots", org -> ManningFixtures.slot(org).id(),
                        (org, id) -> org.asOwner(tx -> slots(tx).update(ImmutableManningSlot.copyOf(slots(tx).get(id))
                                .withNotes("Bring harnesses; rope access on the main stage roof"))))
                .lifecycle(ManningSlotStatus.LIFECYCLE)
                .table("manning_assignments", org -> {
                            ManningSlot slot = ManningFixtures.slot(org);
                            Person person = ManningFixtures.crewMember(org, "Rosa", "Lindgren", "Rigger");
                            return ManningFixtures.assign(org, slot, person).id();
                        },
                        (org, id) -> org.asOwner(tx -> assignments(tx).update(ImmutableManningAssignment.copyOf(assignments(tx).get(id))
                                .withNotes("Arrives by the 06:40 ferry"))))
                .lifecycle(ManningAssignmentStatus.LIFECYCLE);
        builder
                .rule("manning_slots_ends_at_check",
                        (tx, id) -> slots(tx).update(ImmutableManningSlot.copyOf(slots(tx).get(id)).withEndsAt(slots(tx).get(id).startsAt())),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.manning_slots set ends_at = :at where id = :id")
                                .bind("at", slots(tx).get(id).startsAt()).bind("id", id).execute())
                .rule("manning_slots_required_covers_filled",
                        org -> {
                            ManningSlot slot = ManningFixtures.slot(org);
                            ManningFixtures.assign(org, slot, ManningFixtures.crewMember(org, "Ines", "Carvalho", "Rigger"));
                            ManningFixtures.assign(org, slot, ManningFixtures.crewMember(org, "Jonas", "Berg", "Rigger"));
                            return slot.id();
                        },
                        (tx, id) -> new ManningService(tx).changeRequiredCount(id, 1),
                        (tx, id) -> sql(tx, "update atlvs.manning_slots set required_count = 1 where id = :id", id))
                .rule("manning_assignments_within_required",
                        org -> {
                            ManningSlot slot = ManningFixtures.slot(org);
                            ManningFixtures.assign(org, slot, ManningFixtures.crewMember(org, "Ines", "Carvalho", "Rigger"));
                            ManningFixtures.assign(org, slot, ManningFixtures.crewMember(org, "Jonas", "Berg", "Rigger"));
                            ManningFixtures.assign(org, slot, ManningFixtures.crewMember(org, "Kemal", "Aydin", "Rigger"));
                            return withPersonInNotes(org, slot, ManningFixtures.crewMember(org, "Lea", "Novak", "Rigger"));
                        },
                        (tx, id) -> assignNoted(tx, id),
                        ManningGuardrails::insertNoted)
                .rule("manning_assignments_person_assignable",
                        org -> {
                            ManningSlot slot = ManningFixtures.slot(org);
                            Person person = ManningFixtures.crewMember(org, "Mats", "Holm", "Rigger");
                            org.asOwner(tx -> new PersonService(tx).changeStatus(person.id(), PersonStatus.INACTIVE));
                            return withPersonInNotes(org, slot, person);
                        },
                        (tx, id) -> assignNoted(tx, id),
                        ManningGuardrails::insertNoted)
                .rule("manning_assignments_person_available",
                        org -> {
                            ManningSlot slot = ManningFixtures.slot(org);
                            Person person = ManningFixtures.crewMember(org, "Nora", "Vik", "Rigger");
                            PeopleFixtures.engagement(org, person, slot.startsAt().minusSeconds(3600), slot.endsAt(),
                                    CommitmentStatus.CONFIRMED);
                            return withPersonInNotes(org, slot, person);
                        },
                        (tx, id) -> assignNoted(tx, id),
                        ManningGuardrails::insertNoted)
                .rule("manning_assignments_status_transition",
                        (tx, id) -> new ManningService(tx).complete(id),
                        (tx, id) -> sql(tx, "update atlvs.manning_assignments set status = 'completed' where id = :id", id));
    }

    /** Keeps the id of the person a probe assigns in the slot's notes, and returns the slot's id. */
    private static UUID withPersonInNotes(FixtureOrganization org, ManningSlot slot, Person person) {
        return org.asOwner(tx -> slots(tx).update(ImmutableManningSlot.copyOf(slots(tx).get(slot.id())).withNotes(person.id().toString()))).id();
    }

    private static void assignNoted(TenantTransaction tx, UUID slotId) {
        ManningSlot slot = slots(tx).get(slotId);
        new ManningService(tx).assign(slotId, UUID.fromString(slot.notes().orElseThrow()));
    }

    private static void insertNoted(TenantTransaction tx, UUID slotId) {
        tx.handle().createUpdate("""
                insert into atlvs.manning_assignments (organization_id, slot_id, project_id, person_id)
                select organization_id, id, project_id, notes::uuid from atlvs.manning_slots where id = :id
                """).bind("id", slotId).execute();
    }

    private static void sql(TenantTransaction tx, String statement, UUID id) {
        tx.handle().createUpdate(statement).bind("id", id).execute();
    }

    private static ManningSlotRepository slots(TenantTransaction tx) {
        return tx.repository(ManningSlotRepository.class);
    }

    private static ManningAssignmentRepository assignments(TenantTransaction tx) {
        return tx.repository(ManningAssignmentRepository.class);
    }
}
