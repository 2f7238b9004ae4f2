package dev.atlvs.programming.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.programming.callsheet.CallSheet;
import dev.atlvs.programming.callsheet.CallSheetEntry;
import dev.atlvs.programming.callsheet.CallSheetEntryRepository;
import dev.atlvs.programming.callsheet.CallSheetRepository;
import dev.atlvs.programming.callsheet.CallSheetRevisionRepository;
import dev.atlvs.programming.callsheet.CallSheetService;
import dev.atlvs.programming.callsheet.CallSheetStatus;
import dev.atlvs.programming.callsheet.CallType;
import dev.atlvs.programming.callsheet.ImmutableCallSheet;
import dev.atlvs.programming.callsheet.ImmutableCallSheetEntry;
import dev.atlvs.programming.callsheet.ImmutableCallSheetRevision;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventKind;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.resource.ImmutableProjectResource;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.resource.ResourceStatus;
import dev.atlvs.projects.testing.ProjectFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

/** Samples, mutations, the lifecycle and rule probes of call sheets, their calls and their revisions. */
final class CallSheetGuardrails {

    /** A show day inside the sample projects' dates (September 2026), in London. */
    private static final LocalDate DAY = LocalDate.of(2026, 9, 12);
    private static final Instant CALL = Instant.parse("2026-09-12T08:00:00Z");
    private static final Instant WRAP = Instant.parse("2026-09-12T18:00:00Z");

    private CallSheetGuardrails() {}

    static void declare(Guardrails.Builder builder) {
        builder.table("call_sheets", org -> sheet(org, ProjectFixtures.project(org)).id(),
                        (org, id) -> org.asOwner(tx -> new CallSheetService(tx).update(ImmutableCallSheet.copyOf(sheets(tx).get(id))
                                .withSafetyNotes("Hard hats in the pit until the PA is flown"))))
                .lifecycle(CallSheetStatus.LIFECYCLE)
                .table("call_sheet_entries", org -> entry(org).id(),
                        (org, id) -> org.asOwner(tx -> new CallSheetService(tx).updateCall(ImmutableCallSheetEntry.copyOf(entries(tx).get(id))
                                .withNotes("Bring the spare shackles"))))
                .table("call_sheet_revisions", org -> revision(org),
                        (org, id) -> org.asOwner(tx -> revisions(tx).update(ImmutableCallSheetRevision.copyOf(revisions(tx).get(id))
                                .withNote("Rigging call moved after the truck delay"))));
        builder
                .rule("call_sheets_timezone_zone",
                        (tx, id) -> new CallSheetService(tx).update(ImmutableCallSheet.copyOf(sheets(tx).get(id)).withTimezone("Mars/Olympus_Mons")),
                        (tx, id) -> sql(tx, "update atlvs.call_sheets set timezone = 'Mars/Olympus_Mons' where id = :id", id, Map.of()))
                .rule("call_sheets_event_in_project",
                        org -> {
                            Project other = ProjectFixtures.project(org);
                            ProgrammingFixtures.event(org, Event.builder().organizationId(org.id()).projectId(other.id())
                                    .title("Another show").eventType(EventKind.MEETING).startAt(CALL).endAt(WRAP)
                                    .timezone("Europe/London").build());
                            return sheet(org, ProjectFixtures.project(org)).id();
                        },
                        (tx, id) -> new CallSheetService(tx).update(ImmutableCallSheet.copyOf(sheets(tx).get(id)).withEventId(otherEvent(tx, id))),
                        (tx, id) -> sql(tx, "update atlvs.call_sheets set event_id = :event where id = :id", id, Map.of("event", otherEvent(tx, id))))
                .rule("call_sheet_entries_wrap_at_check",
                        (tx, id) -> entries(tx).update(ImmutableCallSheetEntry.copyOf(entries(tx).get(id)).withWrapAt(entries(tx).get(id).callAt())),
                        (tx, id) -> sql(tx, "update atlvs.call_sheet_entries set wrap_at = :at where id = :id", id, Map.of("at", CALL)))
                .rule("call_sheet_entries_acknowledged_check",
                        (tx, id) -> entries(tx).update(ImmutableCallSheetEntry.copyOf(entries(tx).get(id)).withAcknowledgedAt(tx.now())),
                        (tx, id) -> sql(tx, "update atlvs.call_sheet_entries set acknowledged_at = :at where id = :id", id, Map.of("at", WRAP)))
                .rule("call_sheet_entries_assignment",
                        (tx, id) -> new CallSheetService(tx).moveCall(id, CALL, WRAP.plus(Duration.ofHours(3))),
                        (tx, id) -> sql(tx, "update atlvs.call_sheet_entries set wrap_at = :at where id = :id", id, Map.of("at", WRAP.plus(Duration.ofHours(3)))))
                .rule("call_sheet_entries_one_call",
                        org -> {
                            Project project = ProjectFixtures.project(org);
                            Person person = PeopleFixtures.person(org, "Ana", "Souza", "Rigger");
                            CallSheetFixtures.booking(org, project, person, "Rigger", CALL.minus(Duration.ofHours(2)), WRAP.plus(Duration.ofHours(2)));
                            CallSheetFixtures.call(org, sheet(org, project), person, "Rigger", "Rigging", CALL, CALL.plus(Duration.ofHours(4)));
                            return CallSheetFixtures.call(org, sheet(org, project), person, "Rigger", "Rigging", CALL.plus(Duration.ofHours(5)), WRAP).id();
                        },
                        (tx, id) -> new CallSheetService(tx).moveCall(id, CALL.plus(Duration.ofHours(3)), WRAP),
                        (tx, id) -> sql(tx, "update atlvs.call_sheet_entries set call_at = :at where id = :id", id, Map.of("at", CALL.plus(Duration.ofHours(3)))))
                .rule("call_sheet_entries_on_event_date",
                        (tx, id) -> new CallSheetService(tx).moveCall(id, CALL.minus(Duration.ofDays(1)), WRAP.minus(Duration.ofDays(1))),
                        (tx, id) -> sql(tx, "update atlvs.call_sheet_entries set call_at = :call, wrap_at = :wrap where id = :id", id,
                                Map.of("call", CALL.minus(Duration.ofDays(1)), "wrap", WRAP.minus(Duration.ofDays(1)))))
                .rule("project_resources_called",
                        org -> {
                            Project project = ProjectFixtures.project(org);
                            Person person = PeopleFixtures.person(org, "Ana", "Souza", "Rigger");
                            ProjectResource booking = CallSheetFixtures.booking(org, project, person, "Rigger", CALL, WRAP);
                            CallSheetFixtures.call(org, sheet(org, project), person, "Rigger", "Rigging", CALL, WRAP);
                            return booking.id();
                        },
                        (tx, id) -> tx.repository(ProjectResourceRepository.class).update(ImmutableProjectResource
                                .copyOf(tx.repository(ProjectResourceRepository.class).get(id)).withStatus(ResourceStatus.RELEASED)),
                        (tx, id) -> sql(tx, "update atlvs.project_resources set status = 'released' where id = :id", id, Map.of()))
                .rule("call_sheet_entries_after_arrival",
                        org -> {
                            Project project = ProjectFixtures.project(org);
                            Person person = PeopleFixtures.person(org, "Ana", "Souza", "Rigger");
                            CallSheetFixtures.booking(org, project, person, "Rigger", CALL.minus(Duration.ofHours(4)), WRAP);
                            org.asOwner(tx -> {
                                dev.atlvs.programming.travel.TravelService travel = new dev.atlvs.programming.travel.TravelService(tx);
                                dev.atlvs.programming.travel.Itinerary trip = travel.create(dev.atlvs.programming.travel.Itinerary.builder()
                                        .organizationId(org.id()).projectId(project.id()).title("Crew van to the site")
                                        .type(dev.atlvs.programming.travel.ItineraryType.CREW).startDate(DAY).endDate(DAY).build());
                                travel.addParticipant(trip.id(), person.id(), "Rigger");
                                return travel.addSegment(dev.atlvs.programming.travel.ItinerarySegment.builder().organizationId(org.id())
                                        .itineraryId(trip.id()).kind(dev.atlvs.programming.travel.SegmentKind.CAR).fromPlace("Depot")
                                        .toPlace("Site").fromCountry("GB").toCountry("GB").departAt(CALL.minus(Duration.ofHours(3)))
                                        .arriveAt(CALL.minus(Duration.ofHours(1))).build());
                            });
                            return CallSheetFixtures.call(org, sheet(org, project), person, "Rigger", "Rigging", CALL, WRAP).id();
                        },
                        (tx, id) -> new CallSheetService(tx).moveCall(id, CALL.minus(Duration.ofHours(2)), WRAP),
                        (tx, id) -> sql(tx, "update atlvs.call_sheet_entries set call_at = :at where id = :id", id,
                                Map.of("at", CALL.minus(Duration.ofHours(2)))))
                .ruleAs(org -> org.addMember(dev.atlvs.core.member.MemberRole.CONTRIBUTOR), "call_sheet_entries_acknowledge_permission",
                        org -> {
                            CallSheetEntry called = entry(org);
                            org.asOwner(tx -> {
                                CallSheetService sheets = new CallSheetService(tx);
                                sheets.publish(called.callSheetId());
                                return sheets.distribute(called.callSheetId());
                            });
                            return called.id();
                        },
                        (tx, id) -> new CallSheetService(tx).acknowledge(entries(tx).get(id).callSheetId(), entries(tx).get(id).personId()),
                        (tx, id) -> sql(tx, "update atlvs.call_sheet_entries set acknowledged_at = :at, acknowledged_revision = 1 where id = :id",
                                id, Map.of("at", WRAP)))
                .rule("call_sheets_calls_on_date",
                        org -> entry(org).callSheetId(),
                        (tx, id) -> new CallSheetService(tx).update(ImmutableCallSheet.copyOf(sheets(tx).get(id)).withEventDate(DAY.plusDays(1))),
                        (tx, id) -> sql(tx, "update atlvs.call_sheets set event_date = :day where id = :id", id, Map.of("day", DAY.plusDays(1))))
                .rule("call_sheet_revisions_immutable",
                        (tx, id) -> revisions(tx).update(ImmutableCallSheetRevision.copyOf(revisions(tx).get(id)).withEntries("[]")),
                        (tx, id) -> sql(tx, "update atlvs.call_sheet_revisions set entries = '[]' where id = :id", id, Map.of()));
    }

    private static CallSheet sheet(FixtureOrganization org, Project project) {
        return org.asOwner(tx -> new CallSheetService(tx).create(CallSheet.builder().organizationId(org.id()).projectId(project.id())
                .title(ProgrammingFixtures.unique("Load-in crew call")).callType(CallType.CREW).eventDate(DAY)
                .callTime(LocalTime.of(9, 0)).timezone("Europe/London").locationNote("Loading dock 2").build()));
    }

    private static CallSheetEntry entry(FixtureOrganization org) {
        Project project = ProjectFixtures.project(org);
        Person person = PeopleFixtures.person(org, "Ana", "Souza", "Rigger");
        CallSheetFixtures.booking(org, project, person, "Rigger", CALL.minus(Duration.ofHours(1)), WRAP.plus(Duration.ofHours(1)));
        return CallSheetFixtures.call(org, sheet(org, project), person, "Rigger", "Rigging", CALL, WRAP);
    }

    private static UUID revision(FixtureOrganization org) {
        CallSheetEntry entry = entry(org);
        return org.asOwner(tx -> {
            CallSheetService sheets = new CallSheetService(tx);
            sheets.publish(entry.callSheetId());
            return sheets.distribute(entry.callSheetId()).revision().id();
        });
    }

    private static UUID otherEvent(TenantTransaction tx, UUID sheetId) {
        return tx.handle().createQuery("""
                        select e.id from atlvs.events e join atlvs.call_sheets s on s.organization_id = e.organization_id
                         where s.id = :id and e.project_id <> s.project_id limit 1""")
                .bind("id", sheetId).mapTo(UUID.class).one();
    }

    /** Runs {@code statement} binding {@code :id} and {@code values}: values are bound, never computed from columns in SQL. */
    private static void sql(TenantTransaction tx, String statement, UUID id, Map<String, ?> values) {
        tx.handle().createUpdate(statement).bind("id", id).bindMap(values).execute();
    }

    private static CallSheetRepository sheets(TenantTransaction tx) {
        return tx.repository(CallSheetRepository.class);
    }

    private static CallSheetEntryRepository entries(TenantTransaction tx) {
        return tx.repository(CallSheetEntryRepository.class);
    }

    private static CallSheetRevisionRepository revisions(TenantTransaction tx) {
        return tx.repository(CallSheetRevisionRepository.class);
    }
}
