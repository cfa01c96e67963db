package lede.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.concurrent.atomic.AtomicInteger;

/** Ends a test run with one line saying how many corpus tests were left out, and why. */
public final class CorpusSummary implements TestExecutionListener {
    private final AtomicInteger leftOut = new AtomicInteger();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (reason != null && reason.startsWith(CorpusCondition.REASON)) {
            leftOut.addAndGet(countTests(test));
        }
    }

    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    private int countTests(TestIdentifier test) {
        if (test.isTest()) {
            return 1;
        }
        return plan == null ? 0 : (int) plan.getDescendants(test).stream().filter(TestIdentifier::isTest).count();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (leftOut.get() > 0) {
            System.out.println("lede: " + leftOut.get() + " corpus tests left out: they read test corpora kept"
                    + " beside the repository, which a clone does not have; .ci/run runs them (mvn -B test -Pcorpus)");
        }
    }
}
