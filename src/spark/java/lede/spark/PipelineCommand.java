package lede.spark;

import lede.io.BadOptionException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Run several stages in one Spark job: the documents go from one stage to the next without "
                + "being written in between; the last stage's documents are written to --output.",
                "Every stage takes its own options, with the names of the command line's."},
        footer = {"", "Example:",
                "  lede spark pipeline --master 'local[2]' --input seeds/ --output out/run1 \\",
                "      --stages ingest,extract,dedupe --only entities,quantities --keep earliest"})
final class PipelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Option(names = "--stages", paramLabel = "STAGES", split = ",", required = true,
            description = "Stages in order, comma-separated: ingest, extract, dedupe (stats and export: see lede help spark).")
    List<String> stages;

    @Mixin
    lede.cli.IngestFlags ingest;

    @Mixin
    lede.cli.ExtractFlags extract;

    @Mixin
    lede.cli.DedupeFlags dedupe;

    /** The stages Spark runs so far, in pipeline order. */
    enum Stages {
        INGEST, EXTRACT, DEDUPE;

        static Stages of(String name) {
            for (Stages stage : values()) {
                if (stage.name().equalsIgnoreCase(name.strip())) {
                    return stage;
                }
            }
            throw new BadOptionException("--stages: '" + name + "' is not a stage lede spark runs in a pipeline yet; "
                    + "choose from ingest, extract, dedupe");
        }
    }

    @Override
    public Integer call() {
        List<Stages> order = stages.stream().map(Stages::of).toList();
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i).ordinal() <= order.get(i - 1).ordinal()) {
                throw new BadOptionException("--stages: give each stage once, in pipeline order (ingest, extract, dedupe)");
            }
        }
        Extractors.Key extractOptions = order.contains(Stages.EXTRACT) ? Extractors.key(extract) : null;
        lede.dedupe.DedupeOptions dedupeOptions = order.contains(Stages.DEDUPE) ? dedupe.options(1) : null;
        JavaSparkContext sc = run.context();
        run.checkOutputs(sc);
        int partitions = run.partitions(sc);
        JavaRDD<lede.spark.Line> documents = order.get(0) == Stages.INGEST
                ? SparkIngest.run(sc, run.inputs, ingest.builder().threads(1).maxLineBytes(run.maxLineBytes).build(), partitions)
                : SparkExtract.read(sc, run.inputs, run.maxLineBytes, partitions);
        if (extractOptions != null) {
            documents = SparkExtract.run(documents, extractOptions, partitions);
        }
        if (dedupeOptions != null) {
            documents = SparkDedupe.run(documents, dedupeOptions, partitions);
        }
        run.write(documents, "lede spark pipeline", spec.commandLine().getErr());
        return 0;
    }
}
