package dev.atlvs.core.tag;

import static dev.atlvs.core.tag.TagServiceTest.tags;
import static dev.atlvs.core.tag.TagServiceTest.venue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.tag.Tag;
import dev.atlvs.core.tag.TagService;
import dev.atlvs.core.tag.Tagging;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tags on records: listed by name per record, records listed per tag, gone with the record. */
@AtlvsTest
class TaggingTest {

    @Test
    void theTagsOfARecordAreListedByName(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Label Makers");
        Tag vip = tags(acme, service -> service.create("VIP"));
        Tag accessible = tags(acme, service -> service.create("accessible"));
        Tag unused = tags(acme, service -> service.create("Outdoor"));
        EntityRef lounge = venue(acme, "Lounge");
        EntityRef other = venue(acme, "Field");

        // when
        tags(acme, service -> service.tag(lounge, vip.id()));
        tags(acme, service -> service.tag(lounge, accessible.id()));
        tags(acme, service -> service.tag(other, unused.id()));

        // then
        assertThat(tagsOf(acme, lounge)).containsExactly(accessible, vip);
    }

    @Test
    void taggingARecordTwiceKeepsOneTagging(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Repeat Taggers");
        Tag vip = tags(acme, service -> service.create("VIP"));
        EntityRef lounge = venue(acme, "Green Room");
        Tagging first = tags(acme, service -> service.tag(lounge, vip.id()));
        long before = Rows.count(database, "taggings");

        // when
        Tagging second = tags(acme, service -> service.tag(lounge, vip.id()));

        // then
        assertThat(second).isEqualTo(first);
        assertThat(Rows.count(database, "taggings")).isEqualTo(before);
    }

    @Test
    void theRecordsWithATagAreListedEarliestTaggedFirst(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Tag Browsers");
        Tag outdoor = tags(acme, service -> service.create("Outdoor"));
        EntityRef field = venue(acme, "Field");
        EntityRef beach = venue(acme, "Beach");
        venue(acme, "Basement");
        tags(acme, service -> service.tag(field, outdoor.id()));
        tags(acme, service -> service.tag(beach, outdoor.id()));

        // when / then
        assertThat(entitiesWith(acme, outdoor.id())).containsExactly(field, beach);
    }

    @Test
    void untaggingRemovesOnlyThatTag(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Untagging Crew");
        Tag vip = tags(acme, service -> service.create("VIP"));
        Tag quiet = tags(acme, service -> service.create("Quiet"));
        EntityRef lounge = venue(acme, "Snug");
        tags(acme, service -> service.tag(lounge, vip.id()));
        tags(acme, service -> service.tag(lounge, quiet.id()));

        // when
        boolean removed = tags(acme, service -> service.untag(lounge, vip.id()));

        // then
        assertThat(removed).isTrue();
        assertThat(tagsOf(acme, lounge)).containsExactly(quiet);
    }

    @Test
    void aContributorTagsAndUntagsRecords(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Contributing Taggers");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Tag vip = tags(acme, service -> service.create("VIP"));
        EntityRef lounge = venue(acme, "Box");

        // when
        acme.as(crew, tx -> new TagService(tx).tag(lounge, vip.id()));
        boolean removed = acme.as(crew, tx -> new TagService(tx).untag(lounge, vip.id()));

        // then
        assertThat(removed).isTrue();
        assertThat(tagsOf(acme, lounge)).isEmpty();
    }

    @Test
    void taggingARecordThatDoesNotExistIsAMissingReference(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Ghost Taggers");
        Tag vip = tags(acme, service -> service.create("VIP"));
        long before = Rows.count(database, "taggings");

        // when / then
        assertThatThrownBy(() -> tags(acme, service -> service.tag(EntityTypes.require("location").ref(Ids.newId()), vip.id())))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> assertThat(e.field()).isEqualTo("entityId"));
        assertThat(Rows.count(database, "taggings")).isEqualTo(before);
    }

    @Test
    void taggingWithAnotherOrganizationsTagIsAMissingReference(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Tag Borrowers");
        OrganizationFixture globex = fixtures.organization("Tag Lenders");
        Tag theirs = tags(globex, service -> service.create("Theirs"));
        EntityRef lounge = venue(acme, "Our Lounge");
        long before = Rows.count(database, "taggings");

        // when / then
        assertThatThrownBy(() -> tags(acme, service -> service.tag(lounge, theirs.id())))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> assertThat(e.field()).isEqualTo("tagId"));
        assertThat(Rows.count(database, "taggings")).isEqualTo(before);
    }

    @Test
    void taggingAnUnknownEntityTypeIsRefusedNamingEntityType(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Typeless Taggers");
        Tag vip = tags(acme, service -> service.create("VIP"));
        long before = Rows.count(database, "taggings");

        // when / then
        assertThatThrownBy(() -> tags(acme, service -> service.tag(new EntityRef("unicorn", Ids.newId()), vip.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("entityType"));
        assertThat(Rows.count(database, "taggings")).isEqualTo(before);
    }

    @Test
    void deletingARecordRemovesItsTaggingsButNotTheTags(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Tag Survivors");
        Tag vip = tags(acme, service -> service.create("VIP"));
        EntityRef doomed = venue(acme, "Pop-up Bar");
        EntityRef survivor = venue(acme, "Main Bar");
        tags(acme, service -> service.tag(doomed, vip.id()));
        tags(acme, service -> service.tag(survivor, vip.id()));
        long taggings = Rows.count(database, "taggings");

        // when
        acme.asOwner(tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            locations.delete(locations.get(doomed.id()));
            return null;
        });

        // then
        assertThat(Rows.count(database, "taggings")).isEqualTo(taggings - 1);
        assertThat(entitiesWith(acme, vip.id())).containsExactly(survivor);
        assertThat(tags(acme, TagService::list)).containsExactly(vip);
    }

    private static List<Tag> tagsOf(OrganizationFixture organization, EntityRef target) {
        return tags(organization, service -> service.tagsOf(target));
    }

    private static List<EntityRef> entitiesWith(OrganizationFixture organization, UUID tagId) {
        return tags(organization, service -> service.entitiesWith(tagId));
    }
}
