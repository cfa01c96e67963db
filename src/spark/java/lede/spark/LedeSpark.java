package lede.spark;

import lede.cli.Errors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code lede spark}: the lede pipeline on Apache Spark, with the stage code of the command line and the same
 * results. Run by spark-submit ({@code --class lede.spark.LedeSpark target/lede-0.1.0-spark.jar}) or by
 * {@code scripts/lede spark ...}, which runs it on this machine with Spark's jars on the class path.
 */
@Command(name = "lede spark", mixinStandardHelpOptions = true,
        versionProvider = LedeSpark.Version.class,
        description = {"Run lede's stages on Apache Spark: the same documents as the command line, from and to "
                + "any Hadoop file system.", "", "More: lede help spark."},
        subcommands = {PipelineCommand.class, IngestSparkCommand.class, ExtractSparkCommand.class, StatsSparkCommand.class,
                ExportSparkCommand.class},
        footer = {"", "Examples:",
                "  lede spark pipeline --master 'local[2]' --input seeds/ --output out/run1 --stages ingest,extract",
                "  spark-submit --class lede.spark.LedeSpark target/lede-0.1.0-spark.jar pipeline \\",
                "      --input 'hdfs:///news/*.ndjson.gz' --output hdfs:///lede/run1 --stages ingest,extract"})
public final class LedeSpark implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (for tests: the Spark session stays for the next run). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new LedeSpark())
                .setExecutionExceptionHandler(Errors::handle)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "lede spark: name a command: "
                + String.join(", ", spec.subcommands().keySet()) + " (lede spark COMMAND --help for one)");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"lede spark " + lede.Lede.version() + " on Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()};
        }
    }
}
