package lede.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@link CorpusTest}s only with {@code -Dlede.corpus=true} (the {@code corpus} profile sets it). */
public final class CorpusCondition implements ExecutionCondition {
    static final String REASON = "corpus test";
    public static final Path TESTDATA = Path.of("../shared/testdata");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!Boolean.getBoolean("lede.corpus")) {
            return ConditionEvaluationResult.disabled(REASON + ": run with -Pcorpus");
        }
        if (!Files.isDirectory(TESTDATA)) {
            // asked for but missing: fail loudly rather than skip, so CI cannot pass without them
            throw new IllegalStateException("-Pcorpus needs " + TESTDATA.toAbsolutePath().normalize());
        }
        return ConditionEvaluationResult.enabled("corpora found");
    }
}
