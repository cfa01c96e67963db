package lede.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs {@link CorpusTest}s only with {@code -Dlede.corpus=true}. The {@code corpus} profile sets it, and names
 * the folder of test corpora in {@code lede.testdata}: test code names no path outside the repository.
 */
public final class CorpusCondition implements ExecutionCondition {
    static final String REASON = "corpus test";

    /** The folder of test corpora the corpus profile names. */
    public static Path testdata() {
        return Path.of(System.getProperty("lede.testdata", ""));
    }

    /**
     * Reuters-21578 as NDJSON, for {@link CorpusTest}s only: asked for without {@code -Pcorpus} (a bare clone),
     * it stops the test with a clear message instead of a missing-file error.
     */
    public static Path reuters() {
        if (!Boolean.getBoolean("lede.corpus")) {
            throw new IllegalStateException("Reuters is read only by @CorpusTest tests (mvn -B test -Pcorpus)");
        }
        return testdata().resolve("reuters21578/reuters21578.ndjson");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!Boolean.getBoolean("lede.corpus")) {
            return ConditionEvaluationResult.disabled(REASON + ": run with -Pcorpus");
        }
        Path testdata = testdata();
        if (testdata.toString().isEmpty() || !Files.isDirectory(testdata)) {
            // asked for but missing: fail loudly rather than skip, so CI cannot pass without them
            throw new IllegalStateException("-Pcorpus needs the test corpora in " + testdata.toAbsolutePath().normalize());
        }
        return ConditionEvaluationResult.enabled("corpora found");
    }
}
