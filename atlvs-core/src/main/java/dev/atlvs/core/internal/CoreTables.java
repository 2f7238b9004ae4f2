package dev.atlvs.core.internal;

import dev.atlvs.core.apikey.ApiKey;
import dev.atlvs.core.attachment.Attachment;
import dev.atlvs.core.attachment.StorageFile;
import dev.atlvs.core.comment.Comment;
import dev.atlvs.core.comment.CommentReaction;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.notification.Notification;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.permission.CustomRole;
import dev.atlvs.core.permission.UserPermission;
import dev.atlvs.core.permission.UserRole;
import dev.atlvs.core.profile.UserProfile;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TableCatalog;
import dev.atlvs.core.tag.Tag;
import dev.atlvs.core.tag.Tagging;
import dev.atlvs.core.user.User;
import dev.atlvs.core.webhook.Webhook;
import java.util.List;

/** The tables of the core module. */
public final class CoreTables implements TableCatalog {
    @Override
    public List<Table<?, ?>> tables() {
        return List.of(Organization.TABLE, User.TABLE, Member.TABLE, CustomRole.TABLE, UserRole.TABLE, UserPermission.TABLE,
                Notification.TABLE,
                Comment.TABLE, CommentReaction.TABLE, StorageFile.TABLE, Attachment.TABLE, Tag.TABLE, Tagging.TABLE,
                UserProfile.TABLE, Location.TABLE, ApiKey.TABLE, Webhook.TABLE);
    }
}
