package dev.atlvs.docs.snippets.gettingstarted;

// tag::gs-audit[]
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.projects.task.ImmutableTask;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import java.util.List;
import java.util.UUID;

// end::gs-audit[]
/** The getting-started guide's audit step: a change by a contributor, read back and reverted by the owner. */
public record AuditAndRevert(List<AuditEntry> history, int reverted, String titleAfterRevert) {

    /** Priya renames the task {@code taskId}; Maya reads its history and reverts the rename. */
    public static AuditAndRevert renameAndRevert(Atlvs atlvs, UUID org, UUID maya, UUID priya, UUID taskId) {
        // tag::gs-audit[]
        long renaming = atlvs.inTenant(org, priya, tx -> {
            TaskRepository tasks = tx.repository(TaskRepository.class);
            tasks.update(ImmutableTask.copyOf(tasks.get(taskId)).withTitle("Main stage build (revised)"));
            return tx.transactionId();                  // the audit trail groups changes by transaction
        });

        AuditAndRevert undone = atlvs.inTenant(org, maya, tx -> {
            AuditTrail audit = new AuditTrail(tx);
            List<AuditEntry> history = audit.history(Task.TABLE, taskId);   // the insert, then Priya's update: its actor,
                                                                            // changed fields, old and new values
            int reverted = audit.revertTransaction(renaming);   // refused if someone changed the rows since, unless forced
            return new AuditAndRevert(history, reverted, tx.repository(TaskRepository.class).get(taskId).title());
        });
        // end::gs-audit[]
        return undone;
    }
}
