package dev.atlvs.docs.snippets.gettingstarted;

// tag::gs-bad-input[]
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

// end::gs-bad-input[]
/** The getting-started guide's bad input: a task refused with every field and rule. */
public final class BadInput {
    private BadInput() {
    }

    /** The violations of a task with a blank title and negative hours, as {@code field rule: message}. */
    public static List<String> refusedTask(Atlvs atlvs, UUID org, UUID maya, UUID projectId) {
        // tag::gs-bad-input[]
        List<String> report = new ArrayList<>();
        try {
            atlvs.inTenant(org, maya, tx -> new TaskService(tx).create(Task.builder().organizationId(org)
                    .projectId(projectId).title(" ").estimatedHours(new BigDecimal("-4")).build()));
        } catch (ValidationException refused) {         // nothing was written: the value is checked before any SQL
            for (FieldViolation violation : refused.violations()) {
                report.add(violation.field() + " " + violation.rule() + ": " + violation.message());
            }
            // refused.code() is the stable error code, refused.getMessage() names the fields, never their values
        }
        // end::gs-bad-input[]
        return report;
    }
}
