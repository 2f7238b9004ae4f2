package dev.atlvs.core.internal;

import dev.atlvs.core.entity.EntityType;
import dev.atlvs.core.entity.EntityTypeCatalog;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.permission.CustomRole;
import dev.atlvs.core.profile.UserProfile;
import java.util.List;

/** The entity types of the core module. */
public final class CoreEntityTypes implements EntityTypeCatalog {
    @Override
    public List<EntityType> entityTypes() {
        return List.of(new EntityType("location", Location.TABLE), new EntityType("member", Member.TABLE),
                new EntityType("custom_role", CustomRole.TABLE), new EntityType("user_profile", UserProfile.TABLE));
    }
}
