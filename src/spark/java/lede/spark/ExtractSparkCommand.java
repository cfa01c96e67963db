package lede.spark;

import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Add named entities, dates, quantities and quotes to NDJSON documents as lede extract does, "
                + "with CoreNLP loaded once per executor.",
        footer = {"", "Example:", "  lede spark extract --master 'local[2]' --only entities --input out/docs --output out/extracted"})
final class ExtractSparkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Mixin
    lede.cli.ExtractFlags extract;

    @Override
    public Integer call() {
        Extractors.Key options = Extractors.key(extract);
        JavaSparkContext sc = run.context();
        run.checkOutputs(sc);
        int partitions = run.partitions(sc);
        run.write(SparkExtract.run(SparkExtract.read(sc, run.inputs, run.maxLineBytes, partitions), options, partitions),
                "lede spark extract", spec.commandLine().getErr());
        return 0;
    }
}
