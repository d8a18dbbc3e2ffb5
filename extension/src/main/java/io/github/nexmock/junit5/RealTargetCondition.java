package io.github.nexmock.junit5;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Disables a test class or test whose target is REAL when no API credentials are found, so JUnit reports it as
 * skipped, with the reason naming where credentials go, rather than as aborted or failed. A class with
 * {@link NexmoContractTest} methods stays enabled, and so does each contract test, so their MOCK runs still run; their
 * REAL runs are disabled one by one.
 */
final class RealTargetCondition {

    private RealTargetCondition() {}

    static ConditionEvaluationResult evaluate(Settings settings, ExtensionContext context) {
        if (context.getTestClass().isEmpty()) {
            return ConditionEvaluationResult.enabled("not a test class or test");
        }
        if (context.getTestMethod().isEmpty() && ContractTargets.declaredIn(context.getRequiredTestClass())) {
            return ConditionEvaluationResult.enabled("each test of a class with contract tests is decided on its own");
        }
        if (AnnotationSupport.isAnnotated(context.getTestMethod(), NexmoContractTest.class)
                && ContractTargets.runTarget(context).isEmpty()) {
            return ConditionEvaluationResult.enabled("each run of a contract test is decided on its own");
        }
        try {
            if (TargetSelection.of(settings, context) == NexmoTarget.REAL
                    && TargetSelection.credentials(settings, context).isEmpty()) {
                return ConditionEvaluationResult.disabled(TestScope.NO_CREDENTIALS);
            }
        } catch (RuntimeException misconfiguration) {
            // an unknown target or half a pair of credentials: the extension's callbacks report it as a failure
            return ConditionEvaluationResult.enabled("configuration problem reported when the test runs");
        }
        return ConditionEvaluationResult.enabled("target available");
    }
}
