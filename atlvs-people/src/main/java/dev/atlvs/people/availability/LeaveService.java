package dev.atlvs.people.availability;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.people.PeoplePermissions;
import java.util.UUID;

/**
 * Requests and decisions on leave. A request holds the person's days tentatively; approving it confirms them, and is
 * refused with {@link dev.atlvs.people.PeopleErrorCode#PERSON_DOUBLE_BOOKED} while a confirmed booking covers any of the
 * days; rejecting or cancelling releases them.
 *
 * <pre>{@code
 * LeaveService leave = new LeaveService(tx);
 * Leave request = leave.request(Leave.builder().organizationId(tx.organizationId()).personId(ana.id())
 *         .startsOn(LocalDate.of(2026, 8, 3)).endsOn(LocalDate.of(2026, 8, 14)).build());
 * leave.approve(request.id());
 * }</pre>
 */
public final class LeaveService {
    private final TenantTransaction tx;

    public LeaveService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** Records a request for leave. */
    public Leave request(Leave leave) {
        tx.require(PeoplePermissions.PEOPLE_UPDATE);
        return tx.repository(LeaveRepository.class).insert(leave);
    }

    /** Approves requested leave: the days become a confirmed commitment. */
    public Leave approve(UUID leaveId) {
        tx.require(PeoplePermissions.LEAVE_APPROVE);
        return decide(leaveId, LeaveStatus.APPROVED);
    }

    /** Rejects requested leave: the days are released. */
    public Leave reject(UUID leaveId) {
        tx.require(PeoplePermissions.LEAVE_APPROVE);
        return decide(leaveId, LeaveStatus.REJECTED);
    }

    /** Cancels requested or approved leave: the days are released. */
    public Leave cancel(UUID leaveId) {
        tx.require(PeoplePermissions.PEOPLE_UPDATE);
        LeaveRepository leaves = tx.repository(LeaveRepository.class);
        Leave leave = LeaveStatus.LIFECYCLE.require(leaves.get(leaveId), LeaveStatus.CANCELLED);
        return leaves.update(ImmutableLeave.copyOf(leave).withStatus(LeaveStatus.CANCELLED));
    }

    private Leave decide(UUID leaveId, LeaveStatus decision) {
        LeaveRepository leaves = tx.repository(LeaveRepository.class);
        Leave leave = LeaveStatus.LIFECYCLE.require(leaves.get(leaveId), decision);
        return leaves.update(ImmutableLeave.copyOf(leave).withStatus(decision).withDecidedBy(tx.actorId()).withDecidedAt(tx.now()));
    }
}
