package lede.launcher;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * scripts/lede must run on macOS's stock bash 3.2 and BSD tools as well as on Linux. Neither can be had
 * here, so: a static check for bash-4 features, shellcheck, and runs with GNU-only commands hidden.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("scripts/lede").toAbsolutePath();

    /** bash 4 and later only: associative arrays, case conversion, mapfile/readarray, |&, ;& and ;;&, &>>. */
    private static final Map<String, Pattern> BASH4 = Map.of(
            "associative array", Pattern.compile("\\b(declare|local|typeset)\\s+-[a-zA-Z]*A"),
            "case conversion", Pattern.compile("\\$\\{[^}]*(,,|\\^\\^|,\\}|\\^\\})"),
            "mapfile/readarray", Pattern.compile("\\b(mapfile|readarray)\\b"),
            "|&", Pattern.compile("\\|&"),
            "case fall-through", Pattern.compile(";;&|;&\\s*$"),
            "&>>", Pattern.compile("&>>"),
            "coproc", Pattern.compile("\\bcoproc\\b"),
            "negative array index", Pattern.compile("\\[-1\\]"));

    static List<Path> scripts() throws IOException {
        List<Path> scripts = new ArrayList<>(List.of(LAUNCHER));
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            files.filter(f -> f.toString().endsWith(".sh")).sorted().forEach(scripts::add);
        }
        return scripts;
    }

    @Test
    void noBash4Features() throws IOException {
        for (Path script : scripts()) {
            List<String> lines = Files.readAllLines(script);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).replaceFirst("^\\s*#.*", "");
                for (Map.Entry<String, Pattern> feature : BASH4.entrySet()) {
                    Matcher m = feature.getValue().matcher(line);
                    assertTrue(!m.find(), script + ":" + (i + 1) + ": " + feature.getKey() + ": " + lines.get(i));
                }
            }
        }
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        for (String bad : List.of("declare -A seen", "x=${name,,}", "mapfile -t lines < f", "make |& tee log",
                "echo ${y^^}", "cmd &>> log")) {
            assertTrue(BASH4.values().stream().anyMatch(p -> p.matcher(bad).find()), bad);
        }
        assertTrue(BASH4.values().stream().noneMatch(p -> p.matcher("jvm+=(-Dx=1) ${share[@]+\"${share[@]}\"}").find()));
    }

    @Test
    void shellcheckFindsNothing() throws Exception {
        Assumptions.assumeTrue(onPath("shellcheck"), "shellcheck is not installed (.ci/run installs it)");
        List<String> command = new ArrayList<>(List.of("shellcheck", "-x", "--shell=bash"));
        scripts().forEach(s -> command.add(s.toString()));
        Result r = run(command, Map.of());
        assertEquals(0, r.status, r.output);
    }

    /** Through a symlink, with no flock and a readlink that refuses -f (as BSD's did before macOS 12.3). */
    @Test
    void runsThroughASymlinkWithoutGnuTools(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : List.of("bash", "java", "dirname", "uname", "locale", "env", "cat")) {
            Path real = which(tool);
            if (real != null) {
                Files.createSymbolicLink(bin.resolve(tool), real);
            }
        }
        Path readlink = bin.resolve("readlink");
        Files.writeString(readlink, "#!" + which("bash") + "\n"
                + "case \"$1\" in -*) echo \"readlink: illegal option -- ${1#-}\" >&2; exit 1 ;; esac\n"
                + "exec " + which("readlink") + " \"$@\"\n");
        readlink.toFile().setExecutable(true);
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("elsewhere")).resolve("lede"), LAUNCHER);

        Result r = run(List.of(which("bash").toString(), link.toString(), "--version"),
                Map.of("PATH", bin.toString(), "LEDE_CLASSPATH", System.getProperty("java.class.path")));
        assertEquals(0, r.status, r.output);
        assertTrue(r.output.startsWith("lede "), r.output);
    }

    /** Under the POSIX locale (cron, containers) a non-ASCII file name is still read. */
    @Test
    void nonAsciiFileNamesUnderThePosixLocale(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Київ.txt");
        Files.writeString(file, "Kyiv said on Monday that the city was calm.\n");
        Result r = run(List.of("bash", LAUNCHER.toString(), "ingest", "-q", file.toString()),
                Map.of("LC_ALL", "C", "LANG", "C", "LEDE_CLASSPATH", System.getProperty("java.class.path")));
        assertEquals(0, r.status, r.output);
        assertTrue(r.output.startsWith("{\"id\":\"Київ\","), r.output);
    }

    /** extract over small plain files (stdin too, if a file) runs with C1 alone (a short run is model loading); pipes, .gz and big inputs keep C2. */
    @Test
    void extractOverSmallFilesRunsWithC1Alone(@TempDir Path dir) throws Exception {
        Map<String, String> env = flagPrintingJava(dir);
        Path small = Files.writeString(dir.resolve("small.ndjson"), "{\"id\":\"a\",\"text\":\"Kyiv said on Monday.\"}\n");
        Path big = Files.write(dir.resolve("big.ndjson"), new byte[262_145]);
        Path gz = Files.write(dir.resolve("small.ndjson.gz"), new byte[10]);
        String c1 = "-XX:TieredStopAtLevel=1";
        assertTrue(launch(env, "extract", small.toString()).contains(c1));
        assertTrue(launch(env, "extract", "--only", "dates", small.toString(), small.toString()).contains(c1));
        assertFalse(launch(env, "extract", small.toString(), big.toString()).contains(c1));
        assertFalse(launch(env, "extract").contains(c1));
        assertFalse(launch(env, "extract", small.toString(), "-").contains(c1));
        assertFalse(launch(env, "extract", gz.toString()).contains(c1));
        // stdin redirected from a file says its size; a pipe (above) does not
        assertTrue(launch(env, small, "extract").contains(c1));
        assertTrue(launch(env, small, "extract", "--only", "dates", "-").contains(c1));
        assertFalse(launch(env, big, "extract").contains(c1));
        assertFalse(launch(env, small, "extract", big.toString(), "-").contains(c1));
        // an option's file names no input: the documents come from stdin, here a pipe of unknown size
        assertFalse(launch(env, "extract", "--aliases", small.toString()).contains(c1));
        assertTrue(launch(env, small, "extract", "--aliases", small.toString()).contains(c1));
        assertTrue(launch(env, "extract", "--aliases", small.toString(), small.toString()).contains(c1));
        // a file after an option that takes no value is an input
        assertTrue(launch(env, "extract", "--lang-any", small.toString()).contains(c1));
        // long runs keep C2 but spare it the one method whose compiles took most of its time
        String nodeLimit = "MaxNodeLimit,edu/stanford/nlp/pipeline/WordsToSentencesAnnotator.annotate,20000";
        assertTrue(launch(env, "extract", big.toString()).contains(nodeLimit));
        assertFalse(launch(env, "extract", small.toString()).contains(nodeLimit));
    }

    /**
     * ingest over inputs known to be at most 256 MB runs with C1 alone (C2's compiles cost more than they save
     * there); bigger inputs, pipes and .gz files get tiered compilation, whose C2 code pays off on long runs,
     * with C2 inlining less so that its compiles cost less.
     */
    @Test
    void ingestRunsWithC1AloneUpTo256Megabytes(@TempDir Path dir) throws Exception {
        Map<String, String> env = flagPrintingJava(dir);
        Path small = Files.writeString(dir.resolve("small.ndjson"), "{\"id\":\"a\",\"text\":\"Kyiv said on Monday.\"}\n");
        Path big = dir.resolve("big.ndjson");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(268_435_457); // sparse: 256 MB and one byte, without writing them
        }
        Path gz = Files.write(dir.resolve("small.ndjson.gz"), new byte[10]);
        String c1 = "-XX:TieredStopAtLevel=1";
        assertTrue(launch(env, "ingest", "-q", small.toString()).contains(c1));
        assertTrue(launch(env, small, "ingest", "-q", "-").contains(c1));
        assertFalse(launch(env, "ingest", big.toString()).contains(c1));
        assertFalse(launch(env, big, "ingest", "-q", "-").contains(c1));
        assertFalse(launch(env, "ingest", "-q", "-").contains(c1));
        assertFalse(launch(env, "ingest", gz.toString()).contains(c1));
        assertFalse(launch(env, "ingest", small.toString(), big.toString()).contains(c1));
        // C2's inlining held to methods of 120 bytecodes (its compiles cost less): only where C2 runs
        assertTrue(launch(env, "ingest", big.toString()).contains("-XX:FreqInlineSize=120"));
        assertFalse(launch(env, "ingest", small.toString()).contains("FreqInlineSize"));
    }

    /** The launcher's list of options that take no value is every command's own: a file after one is an input. */
    @Test
    void launcherKnowsEveryOptionThatTakesNoValue() throws IOException {
        java.util.Set<String> listed = new java.util.TreeSet<>();
        Matcher m = Pattern.compile("(?m)^no_value_options\\+?=' ?([^']*)'$").matcher(Files.readString(LAUNCHER));
        while (m.find()) {
            listed.addAll(List.of(m.group(1).strip().split(" ")));
        }
        java.util.Set<String> declared = new java.util.TreeSet<>();
        noValueOptions(lede.Lede.commandLine(), declared);
        assertEquals(declared, listed);
        assertTrue(listed.containsAll(List.of("-q", "--quiet", "--lang-any", "--progress", "--no-progress")), listed.toString());
    }

    private static void noValueOptions(picocli.CommandLine command, java.util.Set<String> names) {
        picocli.CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        for (picocli.CommandLine.Model.OptionSpec option : spec.options()) {
            if (option.arity().max() == 0 && !option.usageHelp() && !option.versionHelp()) {
                for (String name : option.names()) {
                    names.add(name);
                    if (option.negatable()) {
                        names.add(spec.negatableOptionTransformer().makeNegative(name, spec));
                    }
                }
            }
        }
        command.getSubcommands().values().forEach(sub -> noValueOptions(sub, names));
    }

    /**
     * Start-up-bound runs of the model-free commands (small files, --version, help) get G1, the only collector
     * under which Java 17 maps the CDS archive's heap objects, and C1 at higher thresholds; stdin keeps the
     * serial collector and C1's own thresholds.
     */
    @Test
    void shortRunsOfModelFreeCommandsUseG1(@TempDir Path dir) throws Exception {
        Map<String, String> env = flagPrintingJava(dir);
        Path small = Files.writeString(dir.resolve("small.ndjson"), "{\"id\":\"a\",\"text\":\"Kyiv said on Monday.\"}\n");
        Path big = Files.write(dir.resolve("big.ndjson"), new byte[262_145]);
        String shortRun = "-XX:+UseG1GC -XX:CompileThresholdScaling=3";
        assertTrue(launch(env, "stats", "count", small.toString()).contains(shortRun));
        assertTrue(launch(env, "--version").contains(shortRun));
        assertTrue(launch(env, "help", "stats").contains(shortRun));
        assertTrue(launch(env, "export", "--help").contains(shortRun));
        for (String[] args : List.of(new String[]{"stats", "count"}, new String[]{"stats", "count", big.toString()},
                new String[]{"stats", "count", small.toString(), "-"})) {
            String flags = launch(env, args);
            assertFalse(flags.contains("G1"), flags);
            assertTrue(flags.contains("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"), flags);
        }
        // extract, ingest and dedupe keep their own collectors
        assertFalse(launch(env, "ingest", small.toString()).contains("G1"));
        assertFalse(launch(env, "dedupe", small.toString()).contains("G1"));
    }

    @Test
    void theJvmAcceptsTheFlagsOfEveryCommand(@TempDir Path dir) throws Exception {
        Map<String, String> env = flagPrintingJava(dir);
        Path small = Files.writeString(dir.resolve("small.ndjson"), "{\"id\":\"a\",\"text\":\"Kyiv said on Monday.\"}\n");
        String realJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String[]> commands = List.of(new String[]{"extract", small.toString()}, new String[]{"extract"},
                new String[]{"ingest"}, new String[]{"dedupe"}, new String[]{"stats", "count"}, new String[]{"export"},
                new String[]{"stats", "count", small.toString()}, new String[]{"--version"});
        for (String[] args : commands) {
            // the flags are what comes before the class path and the main class
            List<String> flags = new ArrayList<>(List.of(realJava));
            for (String word : launch(env, args).strip().split(" ")) {
                if (word.equals("-cp") || word.equals("-classpath")) {
                    break;
                }
                flags.add(word);
            }
            flags.add("-version");
            Result r = run(flags, Map.of());
            assertEquals(0, r.status, String.join(" ", args) + ": " + flags + "\n" + r.output);
        }
    }

    /** The environment of a launcher whose {@code java} prints the arguments it is given instead of running. */
    private static Map<String, String> flagPrintingJava(Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!" + which("bash") + "\necho \"$@\"\n");
        java.toFile().setExecutable(true);
        return Map.of("PATH", bin + ":" + System.getenv("PATH"), "LEDE_CLASSPATH", System.getProperty("java.class.path"));
    }

    private static String launch(Map<String, String> env, String... args) throws Exception {
        return launch(env, null, args);
    }

    /** The launcher's output with stdin redirected from {@code stdin} (null: an empty pipe). */
    private static String launch(Map<String, String> env, Path stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        Result r = run(command, env, stdin);
        assertEquals(0, r.status, r.output);
        assertTrue(r.output.contains("lede.Lede " + args[0]), r.output);
        return r.output;
    }

    record Result(int status, String output) {
    }

    static Result run(List<String> command, Map<String, String> env) throws Exception {
        return run(command, env, null);
    }

    static Result run(List<String> command, Map<String, String> env, Path stdin) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return new Result(p.exitValue(), output);
    }

    static boolean onPath(String tool) {
        return which(tool) != null;
    }

    static Path which(String tool) {
        for (String dir : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
