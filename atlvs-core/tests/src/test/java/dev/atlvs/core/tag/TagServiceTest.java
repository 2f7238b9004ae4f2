package dev.atlvs.core.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.tag.Tag;
import dev.atlvs.core.tag.TagRepository;
import dev.atlvs.core.tag.TagService;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Tags: names unique per organization ignoring case, not blank, at most 64 characters; an optional #RRGGBB color. */
@AtlvsTest
class TagServiceTest {

    @Test
    void aTagIsCreatedWithItsNameAndColor(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Taggers");

        // when
        Tag vip = tags(acme, service -> service.create("VIP", Optional.of("#D4AF37")));

        // then
        assertThat(vip.name()).isEqualTo("VIP");
        assertThat(vip.color()).contains("#D4AF37");
        assertThat(tags(acme, TagService::list)).containsExactly(vip);
    }

    @Test
    void aBlankNameIsRefusedNamingName(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Blank Taggers");
        long before = Rows.count(database, "tags");

        // when / then
        assertThatThrownBy(() -> tags(acme, service -> service.create("   ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("name"));
        assertThat(Rows.count(database, "tags")).isEqualTo(before);
    }

    @Test
    void aNameOverSixtyFourCharactersIsRefusedNamingName(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Long Taggers");
        long before = Rows.count(database, "tags");

        // when / then
        assertThatThrownBy(() -> tags(acme, service -> service.create("x".repeat(65))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violationsOf("name"))
                        .extracting(FieldViolation::rule).containsExactly("tags_name_check"));
        assertThat(Rows.count(database, "tags")).isEqualTo(before);
    }

    @Test
    void aMalformedColorIsRefusedNamingColor(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Colorful Taggers");
        long before = Rows.count(database, "tags");

        // when / then
        assertThatThrownBy(() -> tags(acme, service -> service.create("Gold", Optional.of("gold"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("color"));
        assertThat(Rows.count(database, "tags")).isEqualTo(before);
    }

    @Test
    void aNameThatDiffersOnlyInCaseIsADuplicateNamingName(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Case Taggers");
        tags(acme, service -> service.create("VIP"));
        long before = Rows.count(database, "tags");

        // when / then
        assertThatThrownBy(() -> tags(acme, service -> service.create("vip")))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.fields()).containsExactly("name"));
        assertThat(Rows.count(database, "tags")).isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesADuplicateNameWrittenAroundTheService(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Case Taggers");
        tags(acme, service -> service.create("Backstage"));
        long before = Rows.count(database, "tags");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(TagRepository.class)
                        .insert(Tag.builder().organizationId(acme.id()).name("BACKSTAGE").build())))
                .isInstanceOf(DuplicateException.class);
        assertThat(Rows.count(database, "tags")).isEqualTo(before);
    }

    @Test
    void theSameNameInAnotherOrganizationIsAllowed(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("First Namers");
        OrganizationFixture globex = fixtures.organization("Second Namers");
        tags(acme, service -> service.create("Headliner"));

        // when
        Tag theirs = tags(globex, service -> service.create("Headliner"));

        // then
        assertThat(theirs.organizationId()).isEqualTo(globex.id());
    }

    @Test
    void renamingToAnotherTagsNameIsADuplicateNamingName(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Renamers");
        tags(acme, service -> service.create("Urgent"));
        Tag later = tags(acme, service -> service.create("Later"));

        // when / then
        assertThatThrownBy(() -> tags(acme, service -> service.rename(later.id(), later.version(), "URGENT")))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.fields()).containsExactly("name"));
        assertThat(tags(acme, TagService::list)).extracting(Tag::name).containsExactly("Later", "Urgent");
    }

    @Test
    void renamingATagToAnotherCaseOfItsOwnNameIsAllowed(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Case Fixers");
        Tag tag = tags(acme, service -> service.create("vip"));

        // when
        Tag renamed = tags(acme, service -> service.rename(tag.id(), tag.version(), "VIP"));

        // then
        assertThat(renamed.name()).isEqualTo("VIP");
    }

    @Test
    void deletingATagRemovesItFromEveryRecord(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Untaggers");
        Tag retired = tags(acme, service -> service.create("Retired"));
        EntityRef stage = venue(acme, "Old Stage");
        tags(acme, service -> service.tag(stage, retired.id()));
        long taggings = Rows.count(database, "taggings");

        // when
        tags(acme, service -> {
            service.delete(retired.id());
            return null;
        });

        // then
        assertThat(tags(acme, (TagService service) -> service.tagsOf(stage))).isEmpty();
        assertThat(Rows.count(database, "taggings")).isEqualTo(taggings - 1);
    }

    @Test
    void aViewerCannotCreateTags(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Watching Taggers");
        User viewer = acme.addMember(MemberRole.VIEWER);

        // when / then
        assertThatThrownBy(() -> acme.as(viewer, tx -> new TagService(tx).create("Mine")))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.permission()).contains(CorePermissions.TAGS_CREATE.name()));
    }

    static <R> R tags(OrganizationFixture organization, Function<TagService, R> work) {
        return organization.asOwner(tx -> work.apply(new TagService(tx)));
    }

    static EntityRef venue(OrganizationFixture organization, String name) {
        Location venue = organization.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(organization.id()).name(name).type(LocationType.VENUE).build()));
        return EntityTypes.require("location").ref(venue.id());
    }
}
