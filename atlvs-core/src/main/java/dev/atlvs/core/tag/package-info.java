/**
 * Tags: an organization's labels (names unique ignoring case) put on records of any registered entity type.
 *
 * <pre>{@code
 * TagService tags = new TagService(tx);
 * Tag vip = tags.create("VIP", Optional.of("#D4AF37"));
 * EntityRef greenRoom = EntityTypes.require("location").ref(greenRoomId);
 * tags.tag(greenRoom, vip.id());
 * List<Tag> onTheRoom = tags.tagsOf(greenRoom);
 * List<EntityRef> everythingVip = tags.entitiesWith(vip.id());
 * }</pre>
 */
package dev.atlvs.core.tag;
