/**
 * Project resources: planned bookings of people, crew roles, assets, vendors and spaces over time windows.
 * Confirmed bookings of one person or serialized asset never exceed its capacity.
 *
 * <pre>{@code
 * ProjectResourceRepository resources = tx.repository(ProjectResourceRepository.class);
 * resources.insert(ProjectResource.builder().organizationId(tx.organizationId()).projectId(festival.id())
 *         .resourceType(ResourceType.ASSET).resourceId(boomLift.id()).name("Genie S-65 boom lift")
 *         .startAt(loadIn).endAt(loadIn.plus(Duration.ofDays(3))).status(ResourceStatus.CONFIRMED).build());
 * List<ProjectResource> loadInWeek = resources.ofProjectBetween(festival.id(), monday, nextMonday);
 * }</pre>
 */
package dev.atlvs.projects.resource;
