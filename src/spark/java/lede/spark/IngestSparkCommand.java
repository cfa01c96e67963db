package lede.spark;

import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read articles (plain text, NDJSON, CSV/TSV, HTML, gzipped or not) and write clean documents "
                + "as lede ingest does, as NDJSON part files.",
        footer = {"", "Example:", "  lede spark ingest --master 'local[2]' --input articles/ --output out/docs"})
final class IngestSparkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Mixin
    lede.cli.IngestFlags ingest;

    @Override
    public Integer call() {
        JavaSparkContext sc = run.context();
        run.checkOutputs(sc);
        run.write(SparkIngest.run(sc, run.inputs, ingest.builder().threads(1).maxLineBytes(run.maxLineBytes).build(), run.partitions(sc)),
                "lede spark ingest", spec.commandLine().getErr());
        return 0;
    }
}
