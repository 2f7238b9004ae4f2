package dev.atlvs.pipeline.sales.activity;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.pipeline.PipelineErrorCode;
import dev.atlvs.pipeline.PipelinePermissions;
import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.pipeline.sales.deal.DealRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The activities of deals: logging notes, calls, emails, meetings and tasks (with a due time and an owner), completing
 * and rescheduling them, and a deal's timeline, its activities and the stage changes the database recorded, in order.
 * Stage changes are written only by the database ({@code pipeline_activities_stage_change_by_system}).
 *
 * <pre>{@code
 * ActivityService activities = new ActivityService(tx);
 * Activity call = activities.log(Activity.builder().organizationId(tx.organizationId()).opportunityId(deal.id())
 *         .type(ActivityType.CALL).title("Budget call with the promoter").dueAt(nextTuesday).userId(owner).build());
 * activities.complete(call.id());
 * List<Activity> timeline = activities.timeline(deal.id());
 * }</pre>
 *
 * <p>Permissions: {@link PipelinePermissions#DEALS_UPDATE} for changes, {@link PipelinePermissions#DEALS_READ} for reads.
 */
public final class ActivityService {

    private final TenantTransaction tx;

    public ActivityService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private ActivityRepository activities() {
        return tx.repository(ActivityRepository.class);
    }

    /**
     * Logs {@code activity} on its deal.
     *
     * @throws ConflictException (rule {@code pipeline_activities_stage_change_by_system}) for a stage change
     */
    public Activity log(Activity activity) {
        requireNonNull(activity, "activity is null");
        tx.require(PipelinePermissions.DEALS_UPDATE);
        if (activity.type() == ActivityType.STAGE_CHANGE) {
            throw PipelineRules.PIPELINE_ACTIVITIES_STAGE_CHANGE_BY_SYSTEM.exception();
        }
        tx.repository(DealRepository.class).get(activity.opportunityId());
        Activity logged = activities().insert(activity);
        new DomainEvents(tx).append("deal", logged.opportunityId(), "deal.activity_logged",
                Map.of("activityId", logged.id().toString(), "type", logged.type().name().toLowerCase(java.util.Locale.ROOT)));
        return logged;
    }

    /** Changes an activity's title, description, owner or due time (not a stage change's). */
    public Activity update(Activity activity) {
        requireNonNull(activity, "activity is null");
        tx.require(PipelinePermissions.DEALS_UPDATE);
        Activity current = activities().get(activity.id());
        if (current.type() == ActivityType.STAGE_CHANGE || activity.type() == ActivityType.STAGE_CHANGE) {
            throw PipelineRules.PIPELINE_ACTIVITIES_STAGE_CHANGE_BY_SYSTEM.exception();
        }
        return activities().update(activity);
    }

    /** Completes an open activity now. */
    public Activity complete(UUID activityId) {
        return complete(activityId, tx.now());
    }

    /**
     * Completes an open activity at {@code at}.
     *
     * @throws ConflictException ({@link PipelineErrorCode#ACTIVITY_NOT_OPEN}) for a completed activity or a stage change
     */
    public Activity complete(UUID activityId, Instant at) {
        requireNonNull(at, "at is null");
        tx.require(PipelinePermissions.DEALS_UPDATE);
        Activity activity = open(activityId);
        Activity done = activities().update(ImmutableActivity.builder().from(activity).completed(true).completedAt(at).build());
        new DomainEvents(tx).append("deal", done.opportunityId(), "deal.activity_completed",
                Map.of("activityId", done.id().toString()));
        return done;
    }

    /** Moves an open activity to {@code dueAt}. */
    public Activity reschedule(UUID activityId, Instant dueAt) {
        requireNonNull(dueAt, "dueAt is null");
        tx.require(PipelinePermissions.DEALS_UPDATE);
        return activities().update(ImmutableActivity.copyOf(open(activityId)).withDueAt(dueAt));
    }

    /** Removes an activity that is not a stage change. */
    public void delete(UUID activityId) {
        tx.require(PipelinePermissions.DEALS_UPDATE);
        Activity activity = activities().get(activityId);
        if (activity.type() == ActivityType.STAGE_CHANGE) {
            throw PipelineRules.PIPELINE_ACTIVITIES_STAGE_CHANGE_BY_SYSTEM.exception();
        }
        activities().delete(activity);
    }

    /** The activity. */
    public Activity get(UUID activityId) {
        tx.require(PipelinePermissions.DEALS_READ);
        return activities().get(activityId);
    }

    /**
     * The timeline of a deal: its activities and its stage changes in the order they happened (each at its completion
     * time, else its due time, else when it was logged).
     */
    public List<Activity> timeline(UUID dealId) {
        tx.require(PipelinePermissions.DEALS_READ);
        return activities().ofDeal(dealId);
    }

    /** The open activities of a member, by due time. */
    public List<Activity> openOf(UUID userId) {
        tx.require(PipelinePermissions.DEALS_READ);
        return activities().openOf(userId);
    }

    /** The open activities overdue at {@code asOf}, by due time. */
    public List<Activity> overdue(Instant asOf) {
        tx.require(PipelinePermissions.DEALS_READ);
        return activities().openDueBefore(asOf);
    }

    private Activity open(UUID activityId) {
        Activity activity = activities().get(activityId);
        if (!activity.open()) {
            throw new ConflictException(PipelineErrorCode.ACTIVITY_NOT_OPEN, "completed", "the activity is completed already or a stage change");
        }
        return activity;
    }
}
