package dev.atlvs.core.comment;

import dev.atlvs.core.comment.Comment;
import dev.atlvs.core.comment.CommentService;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.OrganizationFixture;
import java.util.UUID;
import java.util.function.Function;

/** Comment helpers for the tests of this package, each call in a tenant transaction of its own. */
final class Discussion {
    private Discussion() {}

    /** A new venue of the organization, as an entity reference. */
    static EntityRef venue(OrganizationFixture organization, String name) {
        Location venue = organization.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(organization.id()).name(name).type(LocationType.VENUE).build()));
        return EntityTypes.require("location").ref(venue.id());
    }

    /** Runs {@code work} on the comment service of {@code user}. */
    static <R> R as(OrganizationFixture organization, User user, Function<CommentService, R> work) {
        return organization.as(user, tx -> work.apply(new CommentService(tx)));
    }

    /** Runs {@code work} on the comment service of the owner. */
    static <R> R asOwner(OrganizationFixture organization, Function<CommentService, R> work) {
        return as(organization, organization.owner(), work);
    }

    /** A top-level comment by the owner. */
    static Comment post(OrganizationFixture organization, EntityRef target, String body) {
        return asOwner(organization, comments -> comments.post(target, body));
    }

    /** A reply by the owner. */
    static Comment reply(OrganizationFixture organization, UUID parentId, String body) {
        return asOwner(organization, comments -> comments.reply(parentId, body));
    }
}
