package dev.atlvs.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.apikey.ApiKeyPrincipal;
import dev.atlvs.core.apikey.ApiKeyService;
import dev.atlvs.core.apikey.IssuedApiKey;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.location.ImmutableLocation;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.organization.ImmutableOrganization;
import dev.atlvs.core.organization.OrganizationRepository;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The search over locations, the source core registers: matching, ranking, paging, tenancy, freshness and input. */
@AtlvsTest
class SearchTest {

    @Test
    void aQueryWithoutAccentsFindsATitleWithThem(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Accent Events");
        Location hall = insert(org, "José Müller Hall", "München");

        SearchPage page = org.asOwner(tx -> tx.search().query(SearchQuery.of("Jose")));

        assertThat(page.hits()).extracting(SearchHit::id).containsExactly(hall.id());
        assertThat(page.hits().get(0).matchedBy()).contains(SearchMatch.WORDS);
        assertThat(page.hits().get(0).title()).isEqualTo("José Müller Hall");
        assertThat(page.hits().get(0).subtitle()).contains("München");
    }

    @Test
    void aQueryWithAccentsFindsATitleWithout(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Plain Events");
        Location hall = insert(org, "Jose Muller Hall", null);

        assertThat(org.asOwner(tx -> tx.search().query(SearchQuery.of("Müller"))).hits()).extracting(SearchHit::id)
                .containsExactly(hall.id());
    }

    @Test
    void aMisspelledQueryFindsTheTitleBySpelling(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Typo Events");
        Location store = insert(org, "Rigger Store", "Berlin");
        Location hall = insert(org, "Müller Hall", "Hamburg");

        SearchHit rigger = org.asOwner(tx -> tx.search().query(SearchQuery.of("rigr"))).hits().get(0);
        SearchHit muller = org.asOwner(tx -> tx.search().query(SearchQuery.of("Muler"))).hits().get(0);

        assertThat(rigger.id()).isEqualTo(store.id());
        assertThat(rigger.matchedBy()).containsExactly(SearchMatch.SPELLING);
        assertThat(muller.id()).isEqualTo(hall.id());
    }

    @Test
    void aNameAndAMisspelledSurnameFindTheRecord(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Crew Rooms");
        Location room = insert(org, "João Rigger Room", null);
        insert(org, "Catering Tent", null);

        assertThat(org.asOwner(tx -> tx.search().query(SearchQuery.of("joao riger"))).hits()).extracting(SearchHit::id)
                .containsExactly(room.id());
    }

    @Test
    void aPrefixFindsItsWord(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Prefix Events");
        Location warehouse = insert(org, "Warehouse North", null);

        assertThat(org.asOwner(tx -> tx.search().query(SearchQuery.of("wareh"))).hits()).extracting(SearchHit::id)
                .containsExactly(warehouse.id());
    }

    @Test
    void anExactTitleRanksAboveATitleWordAboveABodyMention(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Ranked Events");
        Location mention = org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org.id()).name("Side Room").type(LocationType.ROOM).notes("the rigger keeps the ropes here").build()));
        Location word = insert(org, "Rigger Store", null);
        Location exact = insert(org, "Rigger", null);

        SearchPage page = org.asOwner(tx -> tx.search().query(SearchQuery.of("rigger")));

        assertThat(page.hits()).extracting(SearchHit::id).containsExactly(exact.id(), word.id(), mention.id());
        assertThat(page.hits()).extracting(SearchHit::rank).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(page.hits().get(2).matchedBy()).containsExactly(SearchMatch.WORDS);
    }

    @Test
    void pagesFollowEachOtherWithoutRepeatingOrSkippingAHit(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Many Stages");
        for (int i = 1; i <= 23; i++) {
            insert(org, "Stage " + i, i % 2 == 0 ? "Berlin" : "Stage City");
        }
        List<UUID> whole = org.asOwner(tx -> tx.search().query(SearchQuery.of("stage").limit(100))).hits().stream()
                .map(SearchHit::id).toList();

        List<UUID> paged = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        SearchQuery query = SearchQuery.of("stage").limit(5);
        while (true) {
            SearchQuery current = query;
            SearchPage page = org.asOwner(tx -> tx.search().query(current));
            page.hits().forEach(hit -> paged.add(hit.id()));
            sizes.add(page.hits().size());
            if (!page.hasNext()) {
                break;
            }
            query = query.after(page.nextPageToken().orElseThrow());
        }

        assertThat(whole).hasSize(23).doesNotHaveDuplicates();
        assertThat(paged).containsExactlyElementsOf(whole);
        assertThat(sizes).containsExactly(5, 5, 5, 5, 3);
    }

    @Test
    void aRecordIndexedBetweenTwoPagesDoesNotShiftTheNextPage(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Shifting Stages");
        for (int i = 1; i <= 6; i++) {
            insert(org, "Stage " + i, null);
        }
        List<UUID> whole = org.asOwner(tx -> tx.search().query(SearchQuery.of("stage 1"))).hits().stream().map(SearchHit::id).toList();
        SearchPage first = org.asOwner(tx -> tx.search().query(SearchQuery.of("stage 1").limit(3)));
        insert(org, "Stage 1", null);   // ranks first: an exact title

        SearchPage second = org.asOwner(tx -> tx.search().query(SearchQuery.of("stage 1").limit(3).after(first.nextPageToken().orElseThrow())));

        List<UUID> seen = new ArrayList<>(first.hits().stream().map(SearchHit::id).toList());
        seen.addAll(second.hits().stream().map(SearchHit::id).toList());
        assertThat(seen).containsExactlyElementsOf(whole);
    }

    @Test
    void anotherOrganizationNeverSeesTheDocuments(Fixtures fixtures) {
        OrganizationFixture north = fixtures.organization("Northern Harbour");
        OrganizationFixture south = fixtures.organization("Southern Harbour");
        insert(north, "Harbour Field", null);
        Location own = insert(south, "Harbour Gate", null);

        assertThat(south.asOwner(tx -> tx.search().query(SearchQuery.of("harbour field"))).hits()).extracting(SearchHit::id)
                .containsExactly(own.id());
        long foreign = south.asOwner(tx -> tx.handle()
                .createQuery("select count(*) from atlvs.search_documents where organization_id = :north")
                .bind("north", north.id()).mapTo(Long.class).one());
        long foreignByFunction = south.asOwner(tx -> tx.handle()
                .createQuery("select count(*) from atlvs.search('harbour field', null, null, null, null, 100) s "
                        + "where s.id not in (select id from atlvs.search_documents)")
                .mapTo(Long.class).one());
        assertThat(foreign).isZero();
        assertThat(foreignByFunction).isZero();
    }

    @Test
    void aTransactionWithoutATenantSeesNoDocument(Fixtures fixtures, TestDatabase database) throws Exception {
        OrganizationFixture org = fixtures.organization("Untenanted Search");
        insert(org, "Orphan Stage", null);

        try (Connection connection = database.appDataSource().getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select count(*) from atlvs.search_documents")) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
            try (ResultSet rows = statement.executeQuery("select count(*) from atlvs.search('orphan stage', null, null, null, null, 10)")) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
        }
    }

    @Test
    void renamingARecordIsSearchableInTheSameTransaction(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Renamed Venues");
        Location hall = insert(org, "Old Hall", null);

        List<List<UUID>> found = org.asOwner(tx -> {
            tx.repository(LocationRepository.class).update(ImmutableLocation.copyOf(hall).withName("Concert Pavilion"));
            return List.of(ids(tx.search().query(SearchQuery.of("pavilion"))), ids(tx.search().query(SearchQuery.of("old hall"))));
        });

        assertThat(found.get(0)).containsExactly(hall.id());
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    void aSoftDeletedRecordLeavesTheIndexAndARestoredOneComesBack(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Deleted Venues");
        Location tent = insert(org, "Catering Tent", null);

        List<List<UUID>> found = org.asOwner(tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            Location deleted = locations.softDelete(tent);
            List<UUID> afterDelete = ids(tx.search().query(SearchQuery.of("catering")));
            locations.restore(deleted);
            return List.of(afterDelete, ids(tx.search().query(SearchQuery.of("catering"))));
        });

        assertThat(found.get(0)).isEmpty();
        assertThat(found.get(1)).containsExactly(tent.id());
    }

    @Test
    void aDeletedRecordLeavesTheIndexInTheSameTransaction(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Demolished Venues");
        Location shed = insert(org, "Tool Shed", null);

        List<UUID> found = org.asOwner(tx -> {
            tx.repository(LocationRepository.class).delete(shed);
            return ids(tx.search().query(SearchQuery.of("tool shed")));
        });
        long documents = org.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.search_documents where id = :id")
                .bind("id", shed.id()).mapTo(Long.class).one());

        assertThat(found).isEmpty();
        assertThat(documents).isZero();
    }

    @Test
    void theOrganizationsLanguageStemsTheWords(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("English Crews");
        Location room = org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org.id()).name("Side Room").type(LocationType.ROOM).notes("the riggers meet here at dawn").build()));
        List<UUID> inSimple = ids(org.asOwner(tx -> tx.search().query(SearchQuery.of("rigger"))));

        org.asOwner(tx -> {
            OrganizationRepository organizations = tx.repository(OrganizationRepository.class);
            return organizations.update(ImmutableOrganization.copyOf(organizations.get(org.id())).withSearchConfiguration("english"));
        });
        SearchPage inEnglish = org.asOwner(tx -> tx.search().query(SearchQuery.of("rigger")));

        assertThat(inSimple).isEmpty();
        assertThat(inEnglish.hits()).extracting(SearchHit::id, SearchHit::matchedBy).containsExactly(tuple(room.id(), Set.of(SearchMatch.WORDS)));
    }

    @Test
    void anUnknownSearchConfigurationIsRefused(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Klingon Events");

        assertThatThrownBy(() -> org.asOwner(tx -> {
            OrganizationRepository organizations = tx.repository(OrganizationRepository.class);
            return organizations.update(ImmutableOrganization.copyOf(organizations.get(org.id())).withSearchConfiguration("klingon"));
        })).isInstanceOfSatisfying(ValidationException.class, failure -> assertThat(failure.violations())
                .extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(tuple("searchConfiguration", "organizations_search_configuration_known")));
    }

    @Test
    void aQueryIsRestrictedToTheTypesItNames(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Typed Search");
        Location stage = insert(org, "Typed Stage", null);

        assertThat(ids(org.asOwner(tx -> tx.search().query(SearchQuery.of("typed stage").types("location"))))).containsExactly(stage.id());
        assertThat(org.asOwner(tx -> tx.search().query(SearchQuery.of("typed stage"))).hits().get(0).ref().type()).isEqualTo("location");
    }

    @Test
    void anActorWhoMayNotReadATypeGetsNoHitsOfItAndIsRefusedWhenNamingIt(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Scoped Search");
        insert(org, "Scoped Stage", null);
        IssuedApiKey issued = org.asOwner(tx -> new ApiKeyService(tx).issue("Project sync", Set.of("projects.*"), Optional.empty()));
        ApiKeyPrincipal principal = fixtures.atlvs().apiKeys().authenticate(issued.secret());

        SearchPage page = fixtures.atlvs().inTenant(principal, tx -> tx.search().query(SearchQuery.of("scoped stage")));

        assertThat(page.hits()).isEmpty();
        assertThatThrownBy(() -> fixtures.atlvs().inTenant(principal, tx -> tx.search().query(SearchQuery.of("scoped stage").types("location"))))
                .isInstanceOfSatisfying(AccessDeniedException.class, denied -> assertThat(denied.permission()).contains("core.locations.read"));
    }

    @Test
    void badInputIsRefusedNamingEveryFieldAndRule(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Careless Search");

        assertThatThrownBy(() -> org.asOwner(tx -> tx.search().query(SearchQuery.of("  ").limit(0).types("spaceship"))))
                .isInstanceOfSatisfying(ValidationException.class, failure -> assertThat(failure.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("text", "NotBlank"), tuple("limit", "Min"), tuple("types", "SearchSource")));
        assertThatThrownBy(() -> org.asOwner(tx -> tx.search().query(SearchQuery.of("stage").limit(101))))
                .isInstanceOfSatisfying(ValidationException.class, failure -> assertThat(failure.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule).containsExactly(tuple("limit", "Max")));
        assertThatThrownBy(() -> org.asOwner(tx -> tx.search().query(SearchQuery.of("x".repeat(201)))))
                .isInstanceOfSatisfying(ValidationException.class, failure -> assertThat(failure.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule).containsExactly(tuple("text", "Size")));
        assertThatThrownBy(() -> org.asOwner(tx -> tx.search().query(SearchQuery.of("stage\0"))))
                .isInstanceOfSatisfying(ValidationException.class, failure -> assertThat(failure.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule).containsExactly(tuple("text", "StorableText")));
    }

    @Test
    void aPageTokenOfAnotherQueryIsRefused(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Token Mixers");
        for (int i = 1; i <= 3; i++) {
            insert(org, "Stage " + i, null);
        }
        String token = org.asOwner(tx -> tx.search().query(SearchQuery.of("stage").limit(1))).nextPageToken().orElseThrow();

        for (String bad : List.of(token.substring(1), "not a token")) {
            assertThatThrownBy(() -> org.asOwner(tx -> tx.search().query(SearchQuery.of("stage").after(bad))))
                    .isInstanceOfSatisfying(ValidationException.class, failure -> assertThat(failure.violations())
                            .extracting(FieldViolation::field, FieldViolation::rule).containsExactly(tuple("pageToken", "PageToken")));
        }
        assertThatThrownBy(() -> org.asOwner(tx -> tx.search().query(SearchQuery.of("tent").after(token))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aTextArrayColumnIsIndexedAsItsElements(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Skilled Crews");

        String text = org.asOwner(tx -> tx.handle().createQuery("""
                        select atlvs.search_text('{"name": "Ana Souza", "skills": ["rigging", null, "welding"], "bio": null}'::jsonb,
                                                 array['name', 'skills', 'bio'])
                        """).mapTo(String.class).one());

        assertThat(text).isEqualTo("Ana Souza rigging welding");
    }

    private static Location insert(OrganizationFixture org, String name, String city) {
        return org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org.id()).name(name).type(LocationType.VENUE).city(Optional.ofNullable(city)).build()));
    }

    private static List<UUID> ids(SearchPage page) {
        return page.hits().stream().map(SearchHit::id).toList();
    }
}
