package dev.atlvs.testing.property;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Keeps the sample properties of {@link PropertyExtensionTest} from running except when it runs them. */
final class OnlyInTestKit implements ExecutionCondition {
    static final String KEY = "atlvs.property.sample";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(KEY).isPresent()
                ? ConditionEvaluationResult.enabled("run by PropertyExtensionTest")
                : ConditionEvaluationResult.disabled("a sample that only PropertyExtensionTest runs");
    }
}
