package dev.atlvs.examples.quickstart;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.Platform.CreatedOrganization;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.location.ImmutableLocation;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.member.MemberService;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.repository.PageRequest;
import dev.atlvs.core.search.SearchPage;
import dev.atlvs.core.search.SearchQuery;
import dev.atlvs.core.user.User;
import dev.atlvs.people.availability.AvailabilityService;
import dev.atlvs.people.availability.Commitment;
import dev.atlvs.people.availability.CommitmentStatus;
import dev.atlvs.people.certification.Certification;
import dev.atlvs.people.certification.CertificationService;
import dev.atlvs.people.certification.PersonCompetencies;
import dev.atlvs.people.certification.PersonCompetency;
import dev.atlvs.people.competency.Competency;
import dev.atlvs.people.competency.CompetencyLevel;
import dev.atlvs.people.competency.CompetencyRepository;
import dev.atlvs.people.compliance.ComplianceCell;
import dev.atlvs.people.compliance.ComplianceMatrix;
import dev.atlvs.people.compliance.ComplianceService;
import dev.atlvs.people.credential.CredentialStatus;
import dev.atlvs.people.matching.CandidateMatcher;
import dev.atlvs.people.matching.CandidateScore;
import dev.atlvs.people.matching.MatchRequest;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.people.role.CrewRole;
import dev.atlvs.people.role.CrewRoleRepository;
import dev.atlvs.people.role.RoleCompetency;
import dev.atlvs.people.role.RoleCompetencyRepository;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.company.CompanyService;
import dev.atlvs.core.automation.AutomationRules;
import dev.atlvs.core.automation.Workflow;
import dev.atlvs.pipeline.sales.activity.Activity;
import dev.atlvs.pipeline.sales.activity.ActivityService;
import dev.atlvs.pipeline.sales.activity.ActivityType;
import dev.atlvs.pipeline.sales.automation.PipelineAutomations;
import dev.atlvs.pipeline.sales.deal.Conversion;
import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.deal.DealService;
import dev.atlvs.pipeline.sales.deal.WonDeal;
import dev.atlvs.pipeline.sales.pipeline.PipelineService;
import dev.atlvs.pipeline.sales.pipeline.PipelineSetup;
import dev.atlvs.pipeline.sales.pipeline.PipelineStage;
import dev.atlvs.pipeline.workforce.manning.CrewPlan;
import dev.atlvs.pipeline.workforce.manning.ManningService;
import dev.atlvs.pipeline.workforce.manning.ManningSlot;
import dev.atlvs.programming.callsheet.CallSheetExports;
import dev.atlvs.programming.callsheet.CallSheetGenerator;
import dev.atlvs.programming.callsheet.CallSheetService;
import dev.atlvs.programming.callsheet.CallSheetView;
import dev.atlvs.programming.callsheet.CallType;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventService;
import dev.atlvs.programming.event.EventStatus;
import dev.atlvs.programming.lineup.Lineup;
import dev.atlvs.programming.lineup.LineupService;
import dev.atlvs.programming.export.ICalendarExport;
import dev.atlvs.programming.lineup.RunningOrder;
import dev.atlvs.programming.space.Space;
import dev.atlvs.programming.space.SpaceKind;
import dev.atlvs.programming.space.SpaceService;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.io.PrintStream;
import java.util.ArrayList;
import java.time.ZoneId;
import java.time.LocalTime;
import java.time.Instant;
import java.time.Duration;
import java.math.BigDecimal;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.dependency.DependencyService;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.resource.ResourceType;
import dev.atlvs.projects.resource.ResourceStatus;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.project.ProjectType;
import dev.atlvs.projects.schedule.DependencyType;
import dev.atlvs.projects.schedule.ProjectScheduler;
import dev.atlvs.projects.schedule.Schedule;
import dev.atlvs.projects.schedule.TaskSchedule;
import dev.atlvs.projects.schedule.WorkingCalendar;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


/**
 * A console host of the SDK. It migrates the schema, creates two production companies with members and
 * venues, shows that neither can see or touch the other's data, and prints a short report.
 *
 * <p>Without arguments it runs on an embedded PostgreSQL server. Given a JDBC URL (first argument,
 * system property {@code atlvs.jdbcUrl} or environment variable {@code ATLVS_JDBC_URL}, credentials in the
 * URL), it runs against that server instead.
 */
public final class Quickstart {
    private final PrintStream out;

    private Quickstart(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        String jdbcUrl = args.length > 0 ? args[0] : System.getProperty("atlvs.jdbcUrl", System.getenv("ATLVS_JDBC_URL"));
        new Quickstart(System.out).run(jdbcUrl);
    }

    private void run(String jdbcUrl) {
        long started = System.nanoTime();
        out.println();
        out.println("ATLVS SDK quickstart");
        out.println("====================");
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            try (TestDatabase database = TestDatabases.shared().create("quickstart")) {
                out.println("Database : embedded PostgreSQL " + database.server().version() + ", database " + database.name());
                Atlvs atlvs = Atlvs.builder(database.appDataSource())
                        .migrateAs(database.ownerDataSource(), TestDatabases.APP_ROLE)
                        .strict(true)
                        .build();
                demo(atlvs);
            }
        } else {
            try (HikariDataSource pool = pool(jdbcUrl)) {
                out.println("Database : " + jdbcUrl.replaceAll("password=[^&]*", "password=***"));
                demo(Atlvs.builder(pool).build());
            }
        }
        out.printf("%nDone in %.1f s.%n", (System.nanoTime() - started) / 1e9);
    }

    private void demo(Atlvs atlvs) {
        int applied = atlvs.migrate();
        out.println("Schema   : " + (applied == 0 ? "up to date" : applied + " migrations applied"));

        section("Two production companies");
        User maya = atlvs.platform().registerUser(User.builder().email("Maya.Okafor+" + suffix() + "@northern-lights.example").displayName("Maya Okafor").build());
        User jonas = atlvs.platform().registerUser(User.builder().email("jonas.berg+" + suffix() + "@harbour-sound.example").displayName("Jonas Berg").build());
        User priya = atlvs.platform().registerUser(User.builder().email("priya.nair+" + suffix() + "@northern-lights.example").displayName("Priya Nair").build());
        CreatedOrganization northern = atlvs.platform().createOrganization(Organization.builder()
                .name("Northern Lights Festival").slug("northern-lights-" + suffix()).timezone("Europe/Oslo").baseCurrency("NOK").build(), maya.id());
        CreatedOrganization harbour = atlvs.platform().createOrganization(Organization.builder()
                .name("Harbour Sound Co.").slug("harbour-sound-" + suffix()).timezone("Europe/Berlin").baseCurrency("EUR").build(), jonas.id());
        UUID a = northern.organization().id();
        UUID b = harbour.organization().id();

        Member invited = atlvs.inTenant(a, maya.id(), tx -> new MemberService(tx).invite(priya.id(), MemberRole.CONTRIBUTOR));
        atlvs.platform().activateMember(a, invited.id());
        out.printf("  %-26s owner %-12s + %s (contributor)%n", northern.organization().name(), maya.displayName(), priya.displayName());
        out.printf("  %-26s owner %-12s%n", harbour.organization().name(), jonas.displayName());

        section("Venues, each written inside its own tenant transaction");
        Location site = atlvs.inTenant(a, maya.id(), tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            Location park = locations.insert(Location.builder().organizationId(a).name("Tøyen Park").type(LocationType.SITE)
                    .city("Oslo").country("NO").timezone("Europe/Oslo")
                    .latitude(new BigDecimal("59.915400")).longitude(new BigDecimal("10.776600")).capacity(18000).build());
            locations.insert(Location.builder().organizationId(a).parentId(park.id()).name("Aurora Stage").type(LocationType.AREA).capacity(12000).build());
            locations.insert(Location.builder().organizationId(a).parentId(park.id()).name("Fjord Tent").type(LocationType.AREA).capacity(3500).build());
            return park;
        });
        atlvs.useTenant(b, jonas.id(), tx -> tx.repository(LocationRepository.class).insert(Location.builder().organizationId(b)
                .name("Elbe Warehouse").type(LocationType.WAREHOUSE).city("Hamburg").country("DE").build()));
        for (var org : List.of(northern, harbour)) {
            UUID actor = org == northern ? maya.id() : jonas.id();
            List<Location> visible = atlvs.inTenant(org.organization().id(), actor,
                    tx -> tx.repository(LocationRepository.class).page(PageRequest.sortedBy("name").limit(10)).items());
            out.printf("  %-26s sees %d: %s%n", org.organization().name(), visible.size(), visible.stream().map(Location::name).toList());
        }

        section("Isolation, enforced by PostgreSQL row-level security");
        String lookup = attempt(() -> atlvs.inTenant(b, jonas.id(), tx -> tx.repository(LocationRepository.class).get(site.id())));
        out.println("  Harbour Sound reads Tøyen Park by id      -> " + lookup);
        String write = attempt(() -> atlvs.inTenant(b, jonas.id(), tx -> tx.repository(LocationRepository.class)
                .insert(Location.builder().organizationId(a).name("Planted venue").type(LocationType.VENUE).build())));
        out.println("  Harbour Sound writes into Northern Lights -> " + write);
        int renamed = atlvs.inTenant(b, jonas.id(), tx -> tx.handle()
                .createUpdate("update atlvs.locations set name = 'renamed' where id = :id").bind("id", site.id()).execute());
        out.println("  ...raw SQL: update Tøyen Park by id       -> " + renamed + " rows changed");
        String planted = attempt(() -> atlvs.inTenant(b, jonas.id(), tx -> tx.handle()
                .createUpdate("insert into atlvs.locations (organization_id, name, type) values (:org, 'Planted venue', 'venue')")
                .bind("org", a).execute()));
        out.println("  ...raw SQL: insert into Northern Lights   -> " + planted);
        String stranger = attempt(() -> atlvs.inTenant(a, jonas.id(), tx -> tx.repository(MemberRepository.class).page(PageRequest.first())));
        out.println("  Jonas opens a Northern Lights transaction -> " + stranger);

        section("Bad input is refused with the field and the rule");
        out.println("  " + attempt(() -> atlvs.platform().createOrganization(Organization.builder()
                .name(" ").slug("Not A Slug!").baseCurrency("euro").build(), maya.id())));
        out.println("  " + attempt(() -> atlvs.platform().createOrganization(Organization.builder()
                .name("Copycat").slug(northern.organization().slug()).build(), maya.id())));
        out.println("  " + attempt(() -> atlvs.inTenant(a, priya.id(), tx -> new MemberService(tx).invite(jonas.id(), MemberRole.ADMIN))));

        section("Audit trail, written by PostgreSQL for every change");
        long renameTx = atlvs.inTenant(a, priya.id(), tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            locations.update(ImmutableLocation.copyOf(locations.get(site.id())).withName("Tøyen Park North").withCapacity(20000));
            return tx.transactionId();
        });
        atlvs.useTenant(a, maya.id(), tx -> {
            for (AuditEntry entry : new AuditTrail(tx).history(Location.TABLE, site.id())) {
                String who = entry.actorId().map(id -> id.equals(maya.id()) ? maya.displayName() : priya.displayName()).orElse("platform");
                out.printf("  %-6s by %-11s %s%n", entry.action(), who,
                        entry.changedFields().isEmpty() ? "(whole record)" : entry.changedFields() + " " + entry.newValues().orElse(""));
            }
            int undone = new AuditTrail(tx).revertTransaction(renameTx);
            out.printf("  Maya reverts Priya's transaction (the database transaction that wrote the UPDATE, id %d in the trail): "
                    + "%d change undone, the site is \"%s\" again%n",
                    renameTx, undone, tx.repository(LocationRepository.class).get(site.id()).name());
        });

        section("A festival build, scheduled on a working calendar");
        UUID festivalProject = festivalBuild(atlvs, a, maya.id(), site.id());

        section("Crew planning: riggers for the build week, ranked, with a compliance gap");
        crewPlanning(atlvs, a, maya.id());

        section("Finance: an invoice, a partial payment, and the trial balance");
        finance(atlvs, a, maya.id());

        section("Festival day: the main stage's running order, a 20-minute delay, and a crew call");
        festivalDay(atlvs, a, maya.id(), festivalProject, priya.id());

        section("Sales: a deal won becomes a project, and its crew plan fills up");
        salesToCrew(atlvs, a, maya.id());

        section("Report");
        atlvs.useTenant(a, maya.id(), tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            List<Location> children = locations.children(site.id());
            int capacity = children.stream().mapToInt(l -> l.capacity().orElse(0)).sum();
            out.printf("  %s: %d members, %d areas in %s with %,d combined capacity, your permissions %s%n",
                    northern.organization().name(), tx.repository(MemberRepository.class).page(PageRequest.first()).items().size(),
                    children.size(), site.name(), capacity, tx.permissions().patterns());
        });
    }

    /** A small production: tasks with estimates and dates, four kinds of dependency, and its critical path. */
    private UUID festivalBuild(Atlvs atlvs, UUID organization, UUID manager, UUID venue) {
        WorkingCalendar calendar = WorkingCalendar.builder().nonWorkingDay(LocalDate.of(2026, 7, 3)).build();
        return atlvs.inTenant(organization, manager, tx -> {
            Project project = new ProjectService(tx).create(Project.builder().organizationId(organization).code("NLF-" + suffix())
                    .name("Northern Lights Festival 2026").type(ProjectType.FESTIVAL).managerUserId(manager).locationId(venue)
                    .startDate(LocalDate.of(2026, 6, 29)).endDate(LocalDate.of(2026, 7, 21)).build());
            TaskService tasks = new TaskService(tx);
            Map<String, Task> byName = new LinkedHashMap<>();
            for (Object[] spec : new Object[][] {
                    {"Site survey", "16"}, {"Perimeter fencing", "40"}, {"Scaffolding", "24"}, {"Main stage build", "48"},
                    {"Rigging", "24"}, {"Sound check", "8"}, {"Power distribution", "16"}, {"Show day", "0"}}) {
                byName.put((String) spec[0], tasks.create(Task.builder().organizationId(organization).projectId(project.id())
                        .title((String) spec[0]).estimatedHours(new BigDecimal((String) spec[1])).build()));
            }
            DependencyService dependencies = new DependencyService(tx);
            Object[][] links = {
                    {"Site survey", "Perimeter fencing", DependencyType.FS, 0}, {"Site survey", "Scaffolding", DependencyType.FS, 0},
                    {"Scaffolding", "Main stage build", DependencyType.SS, 1}, {"Main stage build", "Rigging", DependencyType.FS, 0},
                    {"Site survey", "Power distribution", DependencyType.FS, 2}, {"Rigging", "Sound check", DependencyType.FF, 1},
                    {"Power distribution", "Sound check", DependencyType.FS, 0}, {"Sound check", "Show day", DependencyType.FS, 0},
                    {"Perimeter fencing", "Show day", DependencyType.FS, 0}};
            for (Object[] link : links) {
                dependencies.link(Dependency.builder().organizationId(organization).projectId(project.id())
                        .predecessorId(byName.get((String) link[0]).id()).successorId(byName.get((String) link[1]).id())
                        .type((DependencyType) link[2]).lagDays((Integer) link[3]).build());
            }
            Schedule schedule = new ProjectScheduler(tx).schedule(project.id(), calendar);
            out.println("  float: working days a task can slip without moving the finish (weekends and holidays do not count)");
            out.printf("  %-20s %-11s %-11s %s%n", "task", "start", "finish", "float (working days)");
            for (TaskSchedule task : schedule.tasks()) {
                String name = byName.entrySet().stream().filter(e -> e.getValue().id().equals(task.taskId())).findFirst().orElseThrow().getKey();
                out.printf("  %-20s %-11s %-11s %d%s%n", name, task.earlyStart(), task.earlyFinish(), task.totalFloat(),
                        task.critical() ? "  critical" : "");
            }
            out.printf("  finish %s (Fri 3 July is a holiday); critical path: %s%n", schedule.projectFinish(),
                    schedule.criticalPath().stream().map(id -> byName.entrySet().stream()
                            .filter(e -> e.getValue().id().equals(id)).findFirst().orElseThrow().getKey()).toList());
            return project.id();
        });
    }

    /**
     * Saturday on the main stage: the stage (curfew 23:00, 30 minutes of turnover) booked by its day's event, five sets
     * with their changeovers, a 20-minute delay cascaded from the second set down the lineup within the curfew, and one
     * crew member's call on the day's generated call sheet, in the festival's zone, in a visitor's and as iCalendar.
     */
    private void festivalDay(Atlvs atlvs, UUID organization, UUID manager, UUID projectId, UUID stageManagerLogin) {
        ZoneId oslo = ZoneId.of("Europe/Oslo");
        LocalDate saturday = LocalDate.of(2026, 7, 4);
        java.util.function.BiFunction<Integer, Integer, Instant> at = (h, m) -> saturday.atTime(h, m).atZone(oslo).toInstant();
        Event day = atlvs.inTenant(organization, manager, tx -> {
            Space main = new SpaceService(tx).create(Space.builder().organizationId(organization).name("Main Stage")
                    .kind(SpaceKind.STAGE).capacity(12_000).curfew(LocalTime.of(23, 0)).turnoverMinutes(30).build());
            return new EventService(tx).create(Event.builder().organizationId(organization).projectId(projectId)
                    .title("Main Stage - Saturday").spaceId(main.id()).timezone(oslo.getId()).status(EventStatus.SCHEDULED)
                    .setupStart(at.apply(9, 0)).startAt(at.apply(13, 0)).endAt(at.apply(23, 0)).teardownEnd(at.apply(23, 59))
                    .capacity(12_000).build());
        });
        String clash = attempt(() -> atlvs.inTenant(organization, manager, tx -> new EventService(tx).create(Event.builder()
                .organizationId(organization).projectId(projectId).title("Press reception").spaceId(day.spaceId().orElseThrow())
                .timezone(oslo.getId()).startAt(at.apply(23, 59).plusSeconds(15 * 60)).endAt(at.apply(23, 59).plusSeconds(90 * 60))
                .build())));
        out.println("  a reception on the stage 15 minutes after teardown: " + clash);
        atlvs.useTenant(organization, manager, tx -> {
            UUID mainStage = day.spaceId().orElseThrow();
            LineupService lineup = new LineupService(tx);
            Object[][] acts = {{"Fjord Echoes", 14, 0, 45, 0}, {"Polar Static", 15, 15, 50, 30}, {"Aurora Lane", 16, 45, 60, 30},
                    {"The Northern Tide", 18, 30, 75, 45}, {"Midnight Sun Orchestra", 20, 45, 90, 45}};
            List<Lineup> slots = new ArrayList<>();
            for (Object[] act : acts) {
                Instant start = at.apply((Integer) act[1], (Integer) act[2]);
                slots.add(lineup.add(Lineup.builder().organizationId(organization).eventId(day.id()).spaceId(mainStage)
                        .performerName((String) act[0]).setStart(start).setEnd(start.plusSeconds(60L * (Integer) act[3]))
                        .changeoverMinutes((Integer) act[4]).build()));
            }
            RunningOrder delayed = lineup.planDelay(slots.get(1).id(), Duration.ofMinutes(20));
            out.printf("  curfew %s; after a 20-minute delay from %s: %s%n",
                    lineup.curfew(day.id()).map(c -> c.atZone(oslo).toLocalTime().toString()).orElse("none"),
                    slots.get(1).performerName(), delayed.fitsCurfew() ? "every set still ends by the curfew" : "past curfew: " + delayed.pastCurfew());
            Map<UUID, Lineup> before = new LinkedHashMap<>();
            slots.forEach(s -> before.put(s.id(), s));
            List<Lineup> applied = lineup.apply(delayed);
            out.printf("  %-24s %-13s %-13s%n", "act", "was", "now");
            for (Lineup slot : lineup.liveOfEvent(day.id())) {
                Lineup was = before.get(slot.id());
                out.printf("  %-24s %-13s %-13s%n", slot.performerName(), span(was.setStart(), was.setEnd(), oslo),
                        span(slot.setStart(), slot.setEnd(), oslo));
            }
            out.printf("  %d sets moved, order and lengths kept%n", applied.size());

            // the crew call: Priya, a member with a login, booked as stage manager for the day, called by the generated call
            // sheet (which notifies her), read from New York
            Person stageManager = new PersonService(tx).add(Person.builder().organizationId(organization).firstName("Priya").lastName("Nair")
                    .title("Stage Manager").userId(stageManagerLogin).build());
            tx.repository(ProjectResourceRepository.class).insert(ProjectResource.builder().organizationId(organization)
                    .projectId(projectId).resourceType(ResourceType.PERSON).resourceId(stageManager.id()).name("Stage manager: Priya Nair")
                    .startAt(at.apply(8, 0)).endAt(at.apply(23, 59)).status(ResourceStatus.CONFIRMED).build());
            CallSheetGenerator.Generated generated = new CallSheetGenerator(tx).generate(day.id(), saturday, CallType.CREW,
                    LocalTime.of(9, 0));
            CallSheetService sheets = new CallSheetService(tx);
            sheets.publish(generated.sheet().id());
            CallSheetService.Distribution sent = sheets.distribute(generated.sheet().id());
            ZoneId newYork = ZoneId.of("America/New_York");
            CallSheetView.CallView call = sheets.view(generated.sheet().id(), newYork).callOf(stageManager.id()).orElseThrow();
            out.printf("  call sheet \"%s\" revision %d, %d notified: %s called %s, wraps %s (Oslo); read in New York: %s%n",
                    sent.sheet().title(), sent.sheet().revision(), sent.notified().size(), stageManager.displayName(),
                    call.callLocal().toLocalTime(), call.wrapLocal().toLocalTime(), call.callViewer().toLocalDateTime());
            String ics = new ICalendarExport().calendar(new CallSheetExports(tx).callOf(generated.sheet().id(), stageManager.id()));
            out.printf("  her calendar entry: %s%n", ics.lines().filter(l -> l.startsWith("DTSTART;TZID=")).findFirst().orElseThrow());
        });
    }

    private static String span(Instant from, Instant to, ZoneId zone) {
        return from.atZone(zone).toLocalTime() + "-" + to.atZone(zone).toLocalTime();
    }

    /**
     * A crew directory (riggers with competencies and certificates, one of them booked elsewhere), the riggers ranked for the
     * build week with each score explained, the compliance gaps of the role, and a search with a typo.
     */
    private void crewPlanning(Atlvs atlvs, UUID organization, UUID manager) {
        LocalDate buildStart = LocalDate.of(2026, 6, 29);
        LocalDate buildEnd = LocalDate.of(2026, 7, 3);
        atlvs.useTenant(organization, manager, tx -> {
            Competency rigging = tx.repository(CompetencyRepository.class).insert(Competency.builder().organizationId(organization)
                    .name("Rigging").category("Stage").requiresCertification(true).certificationValidityMonths(36).build());
            Competency ipaf = tx.repository(CompetencyRepository.class).insert(Competency.builder().organizationId(organization)
                    .name("IPAF MEWP").category("Access").requiresCertification(true).certificationValidityMonths(60).build());
            CrewRole rigger = tx.repository(CrewRoleRepository.class).insert(CrewRole.builder().organizationId(organization).name("Rigger")
                    .department("Stage").defaultDayRate(new BigDecimal("4200.0000")).currency("NOK").build());
            for (Competency required : List.of(rigging, ipaf)) {
                tx.repository(RoleCompetencyRepository.class).insert(RoleCompetency.builder().organizationId(organization).roleId(rigger.id())
                        .competencyId(required.id()).minLevel(CompetencyLevel.INTERMEDIATE).certificationRequired(true).build());
            }
            PersonService people = new PersonService(tx);
            Map<String, Person> crew = new LinkedHashMap<>();
            for (String[] spec : new String[][] {
                    {"Ana", "Souza", "Head Rigger", "4500"}, {"Ben", "Okafor", "Rigger", "3900"},
                    {"Caro", "Lindqvist", "Rigger", "4100"}, {"Dev", "Patel", "Rigger", "3600"}}) {
                crew.put(spec[0], people.add(Person.builder().organizationId(organization).firstName(spec[0]).lastName(spec[1]).title(spec[2])
                        .email(spec[0].toLowerCase(java.util.Locale.ROOT) + "." + suffix() + "@crew.example").city("Oslo").country("NO")
                        .dayRate(new BigDecimal(spec[3])).currency("NOK").build()));
            }
            CertificationService certificates = new CertificationService(tx);
            PersonCompetencies skills = new PersonCompetencies(tx);
            Object[][] held = {
                    {"Ana", rigging, CompetencyLevel.EXPERT, LocalDate.of(2028, 3, 31)}, {"Ana", ipaf, CompetencyLevel.ADVANCED, LocalDate.of(2029, 9, 30)},
                    {"Ben", rigging, CompetencyLevel.ADVANCED, LocalDate.of(2026, 5, 31)}, {"Ben", ipaf, CompetencyLevel.INTERMEDIATE, LocalDate.of(2027, 1, 31)},
                    {"Caro", rigging, CompetencyLevel.ADVANCED, LocalDate.of(2027, 11, 30)}, {"Caro", ipaf, CompetencyLevel.ADVANCED, LocalDate.of(2028, 2, 29)},
                    {"Dev", rigging, CompetencyLevel.BEGINNER, null}};
            for (Object[] h : held) {
                Person person = crew.get((String) h[0]);
                Competency competency = (Competency) h[1];
                java.util.Optional<Certification> certificate = java.util.Optional.ofNullable((LocalDate) h[3]).map(expires -> certificates.add(
                        Certification.builder().organizationId(organization).personId(person.id()).name(competency.name() + " certificate")
                                .issuingOrganization("Scandinavian Rigging Board").issueDate(expires.minusYears(3)).expiryDate(expires)
                                .competencyId(competency.id()).status(CredentialStatus.ACTIVE).verifiedBy(manager).verifiedAt(tx.now()).build()));
                skills.add(PersonCompetency.builder().organizationId(organization).personId(person.id()).competencyId(competency.id())
                        .level((CompetencyLevel) h[2]).assessedBy(manager).assessedAt(tx.now()).certificationId(certificate.map(Certification::id)).build());
            }
            AvailabilityService availability = new AvailabilityService(tx);
            availability.commit(Commitment.builder().organizationId(organization).personId(crew.get("Caro").id()).source("external_engagements")
                    .sourceId(java.util.UUID.randomUUID()).startsAt(availability.startOf(LocalDate.of(2026, 7, 1)))
                    .endsAt(availability.startOf(LocalDate.of(2026, 7, 3))).status(CommitmentStatus.CONFIRMED).label("Corporate gala, Bergen").build());

            List<CandidateScore> ranked = new CandidateMatcher(tx).rank(MatchRequest.of(rigger.id(), buildStart, buildEnd).withBudget("4200", "NOK"));
            out.printf("  riggers for %s to %s within 4200 NOK a day:%n", buildStart, buildEnd);
            for (CandidateScore candidate : ranked) {
                out.printf("  %-15s %6s  %s%n", candidate.name(), candidate.score(), candidate.eligible() ? "eligible" : "not eligible: " + candidate.gaps());
            }
            CandidateScore best = ranked.get(0);
            best.lines().forEach(line -> out.printf("    %-15s %5s / %-3s %s%n", line.factor().name().toLowerCase(java.util.Locale.ROOT),
                    line.points(), line.max().intValue(), line.reason()));
            ComplianceMatrix matrix = new ComplianceService(tx).forRole(rigger.id(), crew.values().stream().map(Person::id).toList(), buildStart, buildEnd);
            for (ComplianceCell gap : matrix.gaps()) {
                String who = crew.values().stream().filter(p -> p.id().equals(gap.personId())).findFirst().orElseThrow().displayName();
                String what = gap.competencyId().equals(rigging.id()) ? rigging.name() : ipaf.name();
                out.printf("  compliance gap: %-15s %-9s %s%s%n", who, what, gap.state().name().toLowerCase(java.util.Locale.ROOT),
                        gap.expiryDate().map(d -> " (expires " + d + ")").orElse(""));
            }
            SearchPage found = tx.search().query(SearchQuery.of("okafr").types("person"));
            out.printf("  search \"okafr\" finds %s%n", found.hits().stream().map(h -> h.title() + " (" + h.subtitle().orElse("") + ")").toList());
        });
    }

    /** Installs the standard chart, issues an invoice, records a partial payment and prints the trial balance. */
    private void finance(Atlvs atlvs, UUID organization, UUID owner) {
        atlvs.useTenant(organization, owner, tx -> {
            new dev.atlvs.finance.account.ChartOfAccounts(tx).installStandard();
            String currency = new dev.atlvs.finance.currency.ExchangeRates(tx).baseCurrency();
            dev.atlvs.finance.invoice.InvoiceService invoices = new dev.atlvs.finance.invoice.InvoiceService(tx);
            dev.atlvs.finance.invoice.Invoice draft = invoices.createDraft(dev.atlvs.finance.invoice.InvoiceDraft.builder()
                    .direction(dev.atlvs.finance.invoice.InvoiceDirection.RECEIVABLE).counterpartyName("Oslo Live AS")
                    .title("Production services, Northern Lights Festival").currency(currency)
                    .addLines(dev.atlvs.finance.invoice.InvoiceDraft.Line.of("Stage production", BigDecimal.ONE, new BigDecimal("18000.00"))
                                    .withTaxRate(new BigDecimal("25")),
                            dev.atlvs.finance.invoice.InvoiceDraft.Line.of("Rigging crew (days)", new BigDecimal("4"), new BigDecimal("950.00"))
                                    .withDiscountRate(new BigDecimal("10")).withTaxRate(new BigDecimal("25")))
                    .build());
            dev.atlvs.finance.invoice.Invoice issued = invoices.issue(draft.id(), LocalDate.of(2026, 7, 22));
            out.printf("  issued %s to %s: %s %s (tax %s), due %s%n", issued.invoiceNumber().orElseThrow(), issued.counterpartyName(),
                    money(issued.totalAmount(), currency), currency, money(issued.taxAmount(), currency), issued.dueDate().orElseThrow());
            new dev.atlvs.finance.payment.PaymentService(tx).record(dev.atlvs.finance.payment.Payment.builder().organizationId(organization)
                    .direction(dev.atlvs.finance.payment.PaymentDirection.RECEIPT).amount(new BigDecimal("10000.00")).currency(currency)
                    .method(dev.atlvs.finance.payment.PaymentMethod.BANK_TRANSFER).paidOn(LocalDate.of(2026, 8, 5)).reference("OSL-2026-0805").build(),
                    List.of(new dev.atlvs.finance.payment.PaymentService.Allocation(issued.id(), new BigDecimal("10000.00"))));
            dev.atlvs.finance.invoice.Invoice partly = invoices.get(issued.id());
            out.printf("  received 10000.00 %s: the invoice is %s, %s still due%n", currency,
                    partly.status().name().toLowerCase(java.util.Locale.ROOT), money(partly.amountDue(), currency));
            dev.atlvs.finance.ledger.TrialBalance balance = new dev.atlvs.finance.ledger.LedgerService(tx)
                    .trialBalance(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            out.printf("  %-6s %-22s %12s %12s%n", "acct", "name", "debit", "credit");
            for (dev.atlvs.finance.ledger.TrialBalance.Row row : balance.rows()) {
                out.printf("  %-6s %-22s %12s %12s%n", row.accountNumber(), row.accountName(), money(row.debit(), row.currency()),
                        money(row.credit(), row.currency()));
            }
            out.printf("  balanced: %s%n", balance.isBalanced());
        });
    }

    /**
     * A deal moves through the default pipeline (every move recorded by the database), is refused as lost without a
     * reason, is won (creating its project and seed budget once), and the new project's crew plan is partly filled.
     */
    private void salesToCrew(Atlvs atlvs, UUID organization, UUID manager) {
        WonDeal won = atlvs.inTenant(organization, manager, tx -> {
            PipelineSetup sales = new PipelineService(tx).defaultPipeline();
            Company client = new CompanyService(tx).add(Company.builder().organizationId(organization).name("Aurora Energy ASA")
                    .isClient(true).build());
            DealService deals = new DealService(tx);
            Instant now = tx.now();
            Deal deal = deals.create(Deal.builder().organizationId(organization).pipelineId(sales.pipeline().id())
                    .stageId(sales.stage("Lead").id()).title("Aurora Energy summer summit").companyId(client.id()).ownerUserId(manager)
                    .value(new BigDecimal("2400000")).currency("NOK").expectedCloseDate(LocalDate.of(2026, 5, 29))
                    .startsOn(LocalDate.of(2026, 8, 20)).endsOn(LocalDate.of(2026, 8, 21)).stageEnteredAt(now.minus(Duration.ofDays(30))).build());
            deals.moveTo(deal.id(), sales.stage("Qualified").id(), now.minus(Duration.ofDays(21)));
            new AutomationRules(tx).create(Workflow.builder().organizationId(organization).module(PipelineAutomations.MODULE)
                    .name("Proposal follow-up").triggerType(PipelineAutomations.STAGE_ENTERED)
                    .triggerConfig("{\"stage_id\": \"" + sales.stage("Proposal").id() + "\"}")
                    .actions("[{\"type\": \"pipeline.create_task\", \"params\": {\"title\": \"Follow up the proposal\", \"due_in_days\": 3}}]")
                    .build());
            deals.moveTo(deal.id(), sales.stage("Proposal").id(), now.minus(Duration.ofDays(12)));
            out.println("  Automation on entering Proposal -> " + new ActivityService(tx).timeline(deal.id()).stream()
                    .filter(activity -> activity.type() == ActivityType.TASK).map(Activity::title).toList());
            Deal negotiating = deals.moveTo(deal.id(), sales.stage("Negotiation").id(), now.minus(Duration.ofDays(4)));
            out.printf("  %s, %s NOK: %s at %s %% (forecast %s)%n", negotiating.title(), money(negotiating.value().orElseThrow(), "NOK"),
                    negotiating.stageName().orElse("?"), negotiating.probability().stripTrailingZeros().toPlainString(),
                    negotiating.forecastCategory().name().toLowerCase(java.util.Locale.ROOT));
            out.println("  Lost without a reason -> " + attempt(() -> deals.lose(deal.id(), null)));
            WonDeal result = deals.win(deal.id());
            List<String> path = new ArrayList<>();
            for (Conversion move : deals.conversions(deal.id())) {
                String stage = sales.stages().stream().filter(st -> st.id().equals(move.toStageId())).findFirst().map(PipelineStage::name).orElse("?");
                path.add(stage + move.daysInFromStage().map(d -> " (after " + d.stripTrailingZeros().toPlainString() + " d)").orElse(""));
            }
            out.println("  Conversion facts written by the database: " + String.join(" -> ", path));
            WonDeal again = deals.win(deal.id());
            out.printf("  Won: project %s created with a seed budget (%s); winning again creates %s%n",
                    new ProjectService(tx).get(result.projectId()).code(), result.seedBudgetId().isPresent() ? "draft" : "none",
                    again.projectCreated() ? "another project" : "no second project");
            return result;
        });
        UUID firstRiggers = atlvs.inTenant(organization, manager, tx -> {
            ManningService manning = new ManningService(tx);
            ZoneId oslo = ZoneId.of("Europe/Oslo");
            LocalDate buildDay = LocalDate.of(2026, 8, 19);
            List<ManningSlot> slots = new ArrayList<>();
            for (Object[] spec : new Object[][] {{"Rigger", 4, "3900"}, {"Stagehand", 6, "2600"}, {"Electrician", 2, "4100"}}) {
                slots.addAll(manning.planEachDay(ManningSlot.builder().organizationId(organization).projectId(won.projectId())
                        .roleName((String) spec[0]).department("Production").neededOn(buildDay)
                        .startsAt(buildDay.atTime(7, 0).atZone(oslo).toInstant()).endsAt(buildDay.atTime(19, 0).atZone(oslo).toInstant())
                        .requiredCount((Integer) spec[1]).dayRate(new BigDecimal((String) spec[2])).currency("NOK").build(), buildDay.plusDays(1)));
            }
            PersonService people = new PersonService(tx);
            // name, role, and whether they work both build days or the first only
            String[][] crew = {{"Eli Haugen", "Rigger", "both"}, {"Finn Aas", "Rigger", "both"}, {"Kai Dahl", "Rigger", "first"},
                    {"Lars Vik", "Rigger", "first"}, {"Gro Berg", "Stagehand", "both"}, {"Hana Kim", "Stagehand", "both"},
                    {"Ivo Moe", "Stagehand", "first"}, {"Jo Lie", "Electrician", "both"}};
            for (String[] spec : crew) {
                String[] name = spec[0].split(" ");
                Person person = people.add(Person.builder().organizationId(organization).firstName(name[0]).lastName(name[1]).title(spec[1])
                        .email(name[0].toLowerCase(java.util.Locale.ROOT) + "." + suffix() + "@crew.example").city("Oslo").country("NO").build());
                for (ManningSlot slot : slots) {
                    if (slot.roleName().equals(spec[1]) && (spec[2].equals("both") || slot.neededOn().equals(buildDay))) {
                        manning.confirm(manning.assign(slot.id(), person.id()).id());
                    }
                }
            }
            CrewPlan plan = manning.crewPlan(won.projectId());
            for (CrewPlan.Fill fill : plan.fill()) {
                out.printf("  %s %-12s %d of %d filled (%s %%)%n", fill.day(), fill.role(), fill.filled(), fill.required(),
                        fill.ratePct().toPlainString());
            }
            out.printf("  Crew plan: %s %% filled; day-rate cost planned %s NOK, committed %s NOK%n", plan.fillRatePct().toPlainString(),
                    money(plan.planned().getOrDefault("NOK", BigDecimal.ZERO), "NOK"),
                    money(plan.committed().getOrDefault("NOK", BigDecimal.ZERO), "NOK"));
            return slots.get(0).id();
        });
        out.println("  A fifth rigger on the full first day -> " + attempt(() -> atlvs.inTenant(organization, manager, tx -> {
            Person extra = new PersonService(tx).add(Person.builder().organizationId(organization).firstName("Mia").lastName("Strand")
                    .title("Rigger").email("mia." + suffix() + "@crew.example").build());
            return new ManningService(tx).assign(firstRiggers, extra.id());
        })));
    }

    private void section(String title) {
        out.println();
        out.println(title);
    }

    private static String attempt(java.util.function.Supplier<Object> action) {
        try {
            return "allowed: " + action.get();
        } catch (NotFoundException | AccessDeniedException | ValidationException | ConflictException refused) {
            return "refused: " + refused.getMessage();
        } catch (AtlvsException other) {
            return "failed: " + other.getMessage();
        }
    }

    private static String suffix() {
        return Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    }

    private static HikariDataSource pool(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(4);
        config.setPoolName("atlvs-quickstart");
        return new HikariDataSource(config);
    }


    /** {@code amount} at the minor unit of {@code currency}. */
    private static String money(java.math.BigDecimal amount, String currency) {
        return dev.atlvs.finance.currency.Currencies.round(amount, currency).toPlainString();
    }
}
