package dev.atlvs.people.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.people.RawSql;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Job history: entries may overlap; an entry is current exactly when it has no end date, and ends on or after it starts. */
@AtlvsTest
class JobHistoryTest {

    @Test
    void overlappingEntriesAreAllowedAndListCurrentFirst(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Busy Freelancers");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        JobHistoryEntry arena = PeopleFixtures.job(acme, ana, "Arena Rigging Ltd", "Rigger", LocalDate.of(2020, 1, 6), LocalDate.of(2023, 3, 31));
        JobHistoryEntry festival = PeopleFixtures.job(acme, ana, "Harbour Festival", "Head Rigger", LocalDate.of(2022, 5, 1), null);

        // when
        List<JobHistoryEntry> history = acme.asOwner(tx -> tx.repository(JobHistoryRepository.class).of(ana.id()));

        // then
        assertThat(history).containsExactly(festival, arena);
        assertThat(festival.isCurrent()).isTrue();
        assertThat(arena.isCurrent()).isFalse();
    }

    @Test
    void anEntryWithAnEndDateMarkedCurrentIsRefusedThroughTheSdk(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Current Confusion");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        long before = Rows.count(database, "job_history");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(JobHistoryRepository.class).insert(JobHistoryEntry.builder()
                .organizationId(acme.id()).personId(ana.id()).companyName("Arena Rigging Ltd").jobTitle("Rigger")
                .startDate(LocalDate.of(2020, 1, 6)).endDate(LocalDate.of(2023, 3, 31)).isCurrent(true).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("isCurrent", "job_history_current_check")));
        assertThat(Rows.count(database, "job_history")).isEqualTo(before);
    }

    @Test
    void anEntryWithoutAnEndDateNotMarkedCurrentIsRefusedByTheDatabase(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Current Confusion Raw");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        long before = Rows.count(database, "job_history");

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, """
                insert into atlvs.job_history (organization_id, person_id, company_name, job_title, start_date, is_current)
                values (:organizationId, :person, 'Arena Rigging Ltd', 'Rigger', date '2020-01-06', false)
                """, Map.of("person", ana.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("isCurrent", "job_history_current_check")));
        assertThat(Rows.count(database, "job_history")).isEqualTo(before);
    }

    @Test
    void anEntryEndingBeforeItStartsIsRefusedThroughTheSdkAndByTheDatabase(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Backwards Jobs");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        long before = Rows.count(database, "job_history");

        // when / then
        assertThatThrownBy(() -> PeopleFixtures.job(acme, ana, "Arena Rigging Ltd", "Rigger", LocalDate.of(2023, 3, 31), LocalDate.of(2020, 1, 6)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("endDate", "job_history_end_date_check")));
        assertThatThrownBy(() -> RawSql.execute(acme, """
                insert into atlvs.job_history (organization_id, person_id, company_name, job_title, start_date, end_date)
                values (:organizationId, :person, 'Arena Rigging Ltd', 'Rigger', date '2023-03-31', date '2020-01-06')
                """, Map.of("person", ana.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("endDate", "job_history_end_date_check")));
        assertThat(Rows.count(database, "job_history")).isEqualTo(before);
    }
}
