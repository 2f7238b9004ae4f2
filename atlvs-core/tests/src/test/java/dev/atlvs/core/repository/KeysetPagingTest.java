package dev.atlvs.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.repository.Filter;
import dev.atlvs.core.repository.Page;
import dev.atlvs.core.repository.PageRequest;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Keyset pagination and filters of the generic engine, over 25 locations whose names repeat, so that
 * ties must be broken by id. Every bad page request is a validation error naming what is wrong.
 */
@AtlvsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeysetPagingTest {
    private static final int COUNT = 25;
    private static final LocationType[] TYPES = {LocationType.VENUE, LocationType.ROOM, LocationType.WAREHOUSE};

    private OrganizationFixture acme;
    private List<Location> stored;

    @BeforeAll
    void storeTwentyFiveLocations(Fixtures fixtures) {
        acme = fixtures.organization("Paging Productions");
        Location hall = acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(acme.id()).name("Bay00").type(LocationType.VENUE).build()));
        stored = new ArrayList<>(List.of(hall));
        stored.addAll(acme.asOwner(tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            List<Location> inserted = new ArrayList<>();
            for (int i = 1; i < COUNT; i++) {
                inserted.add(locations.insert(Location.builder()
                        .organizationId(acme.id())
                        // eight distinct names over 25 rows: most names are shared by three or four rows
                        .name("Bay0" + (i % 8))
                        .type(TYPES[i % TYPES.length])
                        .parentId(i % 5 == 0 ? Optional.of(hall.id()) : Optional.empty())
                        .city(i % 2 == 0 ? Optional.of("Berlin") : Optional.empty())
                        .capacity(i * 10)
                        .build()));
            }
            return inserted;
        }));
    }

    @Test
    void pagingByNameAscendingReturnsEveryRowOnceInNameThenIdOrder() {
        // when
        List<Page<Location>> pages = allPages(PageRequest.sortedBy("name").limit(7));

        // then
        assertThat(pages).extracting(p -> p.items().size()).containsExactly(7, 7, 7, 4);
        assertThat(pages.get(pages.size() - 1).hasNext()).isFalse();
        assertThat(idsOfPages(pages)).containsExactlyElementsOf(ids(sorted(byNameThenId())));
    }

    @Test
    void pagingByNameDescendingReturnsEveryRowOnceInReverseNameThenIdOrder() {
        // when
        List<Page<Location>> pages = allPages(PageRequest.sortedBy("name").descending().limit(7));

        // then
        assertThat(pages).extracting(p -> p.items().size()).containsExactly(7, 7, 7, 4);
        assertThat(idsOfPages(pages)).containsExactlyElementsOf(ids(sorted(byNameThenId().reversed())));
    }

    @Test
    void pagingByAnEnumFieldBreaksTiesById() {
        // when
        List<Page<Location>> pages = allPages(PageRequest.sortedBy("type").limit(7));

        // then
        Comparator<Location> byTypeThenId = Comparator.<Location, String>comparing(l -> l.type().name().toLowerCase())
                .thenComparing(l -> l.id().toString());
        assertThat(idsOfPages(pages)).containsExactlyElementsOf(ids(sorted(byTypeThenId)));
    }

    @Test
    void pagingByCreationTimeReturnsEveryRowOnce() {
        // when
        List<Page<Location>> pages = allPages(PageRequest.sortedBy("createdAt").limit(4));

        // then
        Comparator<Location> byCreatedThenId = Comparator.<Location, java.time.Instant>comparing(l -> l.createdAt().orElseThrow())
                .thenComparing(l -> l.id().toString());
        assertThat(idsOfPages(pages)).containsExactlyElementsOf(ids(sorted(byCreatedThenId)));
    }

    @Test
    void theDefaultFirstPageIsInIdOrder() {
        // when
        Page<Location> page = acme.asOwner(tx -> tx.repository(LocationRepository.class).page(PageRequest.first()));

        // then
        assertThat(page.hasNext()).isFalse();
        assertThat(page.items()).extracting(Location::id)
                .containsExactlyElementsOf(ids(sorted(Comparator.comparing(l -> l.id().toString()))));
    }

    @Test
    void anEqualFilterOnAnEnumKeepsOnlyThatValue() {
        // when
        List<Location> rooms = items(PageRequest.sortedBy("name").filter(Filter.equal("type", LocationType.ROOM)));

        // then
        assertThat(rooms).extracting(Location::id)
                .containsExactlyInAnyOrderElementsOf(ids(stored.stream().filter(l -> l.type() == LocationType.ROOM).toList()));
        assertThat(rooms).isNotEmpty();
    }

    @Test
    void anInFilterKeepsAnyOfTheValues() {
        // when
        List<Location> found = items(PageRequest.first().filter(Filter.in("type", List.of(LocationType.VENUE, LocationType.WAREHOUSE))));

        // then
        assertThat(found).extracting(Location::id).containsExactlyInAnyOrderElementsOf(
                ids(stored.stream().filter(l -> l.type() != LocationType.ROOM).toList()));
    }

    @Test
    void anIsNullFilterKeepsRowsWithoutTheValueAndCombinesWithOthers() {
        // when
        List<Location> found = items(PageRequest.first()
                .filter(Filter.isNull("parentId"))
                .filter(Filter.isNotNull("city"))
                .filter(Filter.greater("capacity", 100)));

        // then
        assertThat(found).extracting(Location::id).containsExactlyInAnyOrderElementsOf(ids(stored.stream()
                .filter(l -> l.parentId().isEmpty() && l.city().isPresent() && l.capacity().orElse(0) > 100)
                .toList()));
        assertThat(found).isNotEmpty();
    }

    @Test
    void aFilterOnAnUnknownFieldIsAValidationErrorNamingIt() {
        assertThatThrownBy(() -> items(PageRequest.first().filter(Filter.equal("colour", "red"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("filters.colour", "KnownField")));
    }

    @Test
    void sortingByAFieldThatIsNotSortableIsAValidationErrorNamingTheSort() {
        assertThatThrownBy(() -> items(PageRequest.sortedBy("city")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("sort", "Sortable")));
    }

    @Test
    void sortingByAFieldThatDoesNotExistIsAValidationErrorNamingTheSort() {
        assertThatThrownBy(() -> items(PageRequest.sortedBy("popularity")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violationsOf("sort")).hasSize(1));
    }

    @Test
    void aFilterValueOfTheWrongTypeIsAValidationErrorNamingTheField() {
        assertThatThrownBy(() -> items(PageRequest.first().filter(Filter.equal("capacity", "ten"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("filters.capacity", "Type")));
    }

    @Test
    void aCursorThatIsNotBase64IsAValidationErrorNamingTheCursor() {
        assertThatThrownBy(() -> items(PageRequest.sortedBy("name").after("%%% not a cursor %%%")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("cursor", "Cursor")));
    }

    @Test
    void aCursorWithoutAnIdIsAValidationErrorNamingTheCursor() {
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("Bay03".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> items(PageRequest.sortedBy("name").after(forged)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violationsOf("cursor")).hasSize(1));
    }

    @Test
    void aCursorWhoseSortValueDoesNotFitTheSortFieldIsAValidationErrorNamingTheCursor() {
        // a cursor of a page sorted by name, replayed on a request sorted by creation time
        String nameCursor = acme.asOwner(tx -> tx.repository(LocationRepository.class).page(PageRequest.sortedBy("name").limit(3)))
                .nextCursor().orElseThrow();

        assertThatThrownBy(() -> items(PageRequest.sortedBy("createdAt").after(nameCursor)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("cursor"));
    }

    @Test
    void anotherOrganizationPagesNothingOfThisOne(Fixtures fixtures) {
        // given
        OrganizationFixture other = fixtures.organization("Paging Neighbours");

        // when
        Page<Location> page = other.asOwner(tx -> tx.repository(LocationRepository.class).page(PageRequest.first()));

        // then
        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    private List<Page<Location>> allPages(PageRequest first) {
        return acme.asOwner(tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            List<Page<Location>> pages = new ArrayList<>();
            Optional<PageRequest> next = Optional.of(first);
            while (next.isPresent()) {
                Page<Location> page = locations.page(next.get());
                pages.add(page);
                assertThat(pages).as("pages read").hasSizeLessThanOrEqualTo(COUNT);
                next = page.nextRequest();
            }
            return pages;
        });
    }

    private List<Location> items(PageRequest request) {
        return acme.asOwner(tx -> tx.repository(LocationRepository.class).page(request).items());
    }

    private List<Location> sorted(Comparator<Location> order) {
        return stored.stream().sorted(order).toList();
    }

    private static Comparator<Location> byNameThenId() {
        return Comparator.comparing(Location::name).thenComparing(l -> l.id().toString());
    }

    private static List<UUID> ids(List<Location> locations) {
        return locations.stream().map(Location::id).toList();
    }

    private static List<UUID> idsOfPages(List<Page<Location>> pages) {
        return pages.stream().flatMap(p -> p.items().stream()).map(Location::id).toList();
    }
}
