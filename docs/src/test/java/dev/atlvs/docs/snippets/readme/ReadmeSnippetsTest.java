package dev.atlvs.docs.snippets.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.daead.DeterministicAeadConfig;
import com.google.crypto.tink.daead.PredefinedDeterministicAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.search.SearchPage;
import dev.atlvs.finance.ledger.TrialBalance;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.company.CompanyService;
import dev.atlvs.people.competency.Competency;
import dev.atlvs.people.competency.CompetencyLevel;
import dev.atlvs.people.competency.CompetencyRepository;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.people.role.CrewRole;
import dev.atlvs.people.role.CrewRoleRepository;
import dev.atlvs.people.role.RoleCompetency;
import dev.atlvs.people.role.RoleCompetencyRepository;
import dev.atlvs.pipeline.workforce.manning.CrewPlan;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.resource.ResourceStatus;
import dev.atlvs.projects.resource.ResourceType;
import dev.atlvs.projects.schedule.Schedule;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The README's Java snippets, run against a database of the embedded server in the README's order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeSnippetsTest {
    private TestDatabase database;
    private Embedding host;

    @BeforeAll
    void startTheReadmesHost() {
        database = TestDatabases.shared().create(ReadmeSnippetsTest.class);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        host = Embedding.start(database.appDataSource(), database.ownerDataSource(), secret);
    }

    @AfterAll
    void dropTheDatabase() {
        database.close();
    }

    @Test
    void theHostWritesItsFirstVenueInATenantTransaction() {
        // when
        Location read = host.atlvs().inTenant(host.org(), host.maya().id(),
                tx -> tx.repository(LocationRepository.class).get(host.venue().id()));

        // then
        assertThat(read.name()).isEqualTo("Tøyen Park");
        assertThat(read.organizationId()).isEqualTo(host.org());
    }

    @Test
    void theRenameIsAuditedAndReverted() {
        // given
        Location venue = host.atlvs().inTenant(host.org(), host.maya().id(), tx -> tx.repository(LocationRepository.class)
                .insert(Location.builder().organizationId(host.org()).name("Harbour Field").type(LocationType.SITE).build()));

        // when
        Audit audit = Audit.renameAndRevert(host.atlvs(), host.org(), host.maya(), venue);

        // then
        assertThat(audit.history()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.INSERT, AuditAction.UPDATE, AuditAction.UPDATE);
        assertThat(audit.name()).isEqualTo("Harbour Field");
    }

    @Test
    void theProjectIsScheduledFromItsTasksAndDependency() {
        // when
        Schedule plan = Projects.plan(host.atlvs(), host.org(), host.maya());

        // then
        assertThat(plan.tasks()).hasSize(2);
        assertThat(plan.criticalPath()).isNotEmpty();
        assertThat(plan.projectFinish()).isAfter(LocalDate.of(2026, 6, 29));
    }

    @Test
    void rawSqlInATenantContextSeesOnlyThatTenantsRows() throws SQLException {
        // given
        OrganizationFixture other = new Fixtures(database.atlvsBuilder().build()).organization("Harbour Sound");
        other.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder().organizationId(other.id())
                .name("Elbe Warehouse").type(LocationType.WAREHOUSE).build()));

        // when
        long seen = RawSql.locationsSeen(database, other);

        // then
        assertThat(seen).isEqualTo(1);
    }

    @Test
    void anEncryptedEmployeeIdIsFoundByEquality() throws GeneralSecurityException {
        // given
        DeterministicAeadConfig.register();
        PrfConfig.register();
        KeysetHandle values = KeysetHandle.generateNew(PredefinedDeterministicAeadParameters.AES256_SIV);
        KeysetHandle indexes = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);

        // when
        Encryption encryption = Encryption.findAndRotate(database.appDataSource(), database.contextKey(), values, indexes,
                host.org(), host.maya());

        // then
        assertThat(encryption.found()).hasValueSatisfying(profile -> assertThat(profile.employeeId()).contains("E-1042"));
        assertThat(encryption.reencrypted()).as("nothing is left under an older key").isZero();
    }

    @Test
    void theInvoiceAndPaymentLeaveABalancedLedger() {
        // when
        TrialBalance balance = Finance.invoiceAndPayment(host.atlvs(), host.org(), host.maya());

        // then
        assertThat(balance.isBalanced()).isTrue();
        assertThat(balance.rows()).isNotEmpty();
    }

    @Test
    void theNewRiggerIsFoundBySearch() {
        // given
        var role = host.atlvs().inTenant(host.org(), host.maya().id(), tx -> {
            Competency rigging = tx.repository(CompetencyRepository.class).insert(Competency.builder().organizationId(host.org())
                    .name("Rigging").category("Stage").build());
            CrewRole rigger = tx.repository(CrewRoleRepository.class).insert(CrewRole.builder().organizationId(host.org())
                    .name("Rigger").department("Stage").defaultDayRate(new BigDecimal("4200.0000")).currency("NOK").build());
            tx.repository(RoleCompetencyRepository.class).insert(RoleCompetency.builder().organizationId(host.org()).roleId(rigger.id())
                    .competencyId(rigging.id()).minLevel(CompetencyLevel.INTERMEDIATE).build());
            return new Object[] {rigging, rigger};
        });

        // when
        SearchPage found = People.addAndMatch(host.atlvs(), host.org(), host.maya(), (Competency) role[0], (CrewRole) role[1]);

        // then
        assertThat(found.hits()).anySatisfy(hit -> assertThat(hit.title()).contains("Ana Souza"));
    }

    @Test
    void theWonDealsProjectHasItsFirstRiggerConfirmed() {
        // given
        Company client = host.atlvs().inTenant(host.org(), host.maya().id(), tx -> new CompanyService(tx).add(Company.builder()
                .organizationId(host.org()).name("Aurora Energy ASA").isClient(true).build()));
        Person eli = host.atlvs().inTenant(host.org(), host.maya().id(), tx -> new PersonService(tx).add(Person.builder()
                .organizationId(host.org()).firstName("Eli").lastName("Haugen").title("Rigger").build()));

        // when
        CrewPlan plan = Pipeline.winAndStaff(host.atlvs(), host.org(), host.maya(), client, eli);

        // then
        assertThat(plan.fill()).singleElement().satisfies(fill -> {
            assertThat(fill.role()).isEqualTo("Rigger");
            assertThat(fill.required()).isEqualTo(4);
            assertThat(fill.filled()).isEqualTo(1);
        });
    }

    @Test
    void theShowDayCallSheetGivesTheCrewMemberACalendarEntry() {
        // given
        ZoneId oslo = ZoneId.of("Europe/Oslo");
        LocalDate day = LocalDate.of(2026, 7, 4);
        Project festival = host.atlvs().inTenant(host.org(), host.maya().id(), tx -> new ProjectService(tx).create(Project.builder()
                .organizationId(host.org()).code("NLF-SHOW").name("Northern Lights Festival, show days").build()));
        Person sam = host.atlvs().inTenant(host.org(), host.maya().id(), tx -> {
            Person person = new PersonService(tx).add(Person.builder().organizationId(host.org()).firstName("Sam").lastName("Berg")
                    .title("Stage Manager").build());
            tx.repository(ProjectResourceRepository.class).insert(ProjectResource.builder().organizationId(host.org())
                    .projectId(festival.id()).resourceType(ResourceType.PERSON).resourceId(person.id()).name("Stage manager: Sam Berg")
                    .startAt(day.atTime(LocalTime.of(8, 0)).atZone(oslo).toInstant())
                    .endAt(day.atTime(LocalTime.of(23, 59)).atZone(oslo).toInstant()).status(ResourceStatus.CONFIRMED).build());
            return person;
        });

        // when
        String ics = Programming.showDay(host.atlvs(), host.org(), host.maya(), festival, sam);

        // then
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("DTSTART;TZID=Europe/Oslo:20260704T");
    }
}
