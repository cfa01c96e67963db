package lede.spark;

import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "dedupe", mixinStandardHelpOptions = true,
        description = {"Find exact and near-duplicate documents and mark (or drop) the copies, as lede dedupe does: "
                + "the same signatures, candidates, verification, clusters, kept documents and dup fields.",
                "--keep first keeps the first in the input: files in path order, lines in order. Not on Spark: "
                        + "--report, --exact-only (lede dedupe has them)."},
        footer = {"", "Example:",
                "  lede spark dedupe --master 'local[2]' --input out/docs --output out/deduped --keep earliest --window 7"})
final class DedupeSparkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Mixin
    lede.cli.DedupeFlags dedupe;

    @Override
    public Integer call() {
        lede.dedupe.DedupeOptions options = dedupe.options(1);
        JavaSparkContext sc = run.context();
        run.checkOutputs(sc);
        int partitions = run.partitions(sc);
        run.write(SparkDedupe.run(SparkExtract.read(sc, run.inputs, run.maxLineBytes, partitions), options, partitions),
                "lede spark dedupe", spec.commandLine().getErr());
        return 0;
    }
}
