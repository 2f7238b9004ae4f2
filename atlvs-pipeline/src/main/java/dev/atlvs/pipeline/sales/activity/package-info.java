/**
 * The activities of deals (notes, calls, emails, meetings, tasks) and the stage changes the database records, as a
 * deal's timeline.
 *
 * <pre>{@code
 * ActivityService activities = new ActivityService(tx);
 * Activity task = activities.log(Activity.builder().organizationId(tx.organizationId()).opportunityId(deal.id())
 *         .type(ActivityType.TASK).title("Send the revised production quote").dueAt(friday).userId(owner).build());
 * activities.reschedule(task.id(), monday);
 * List<Activity> timeline = activities.timeline(deal.id());
 * }</pre>
 */
package dev.atlvs.pipeline.sales.activity;
