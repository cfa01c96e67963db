package lede.cli;

import lede.Lede;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 'lede help TOPIC' prints a topic text; 'lede help COMMAND' still prints the command's usage. */
class HelpTopicsTest {

    private record Run(int status, String out, String err) {
    }

    private static Run lede(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Lede.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "format  | lede document format, version 2",
            "where   | lede --where: the filter language",
            "rules   | lede ingest: the cleaning rules",
            "quality | lede: how good the extractions are",
            "topics  | lede help topics",
    })
    void eachTopicPrintsItsText(String topic, String firstLine) {
        Run run = lede("help", topic);
        assertEquals(0, run.status(), run.err());
        assertEquals(firstLine, run.out().lines().findFirst().orElse(""));
        assertEquals(HelpCommand.topic(topic), run.out());
        assertEquals("", run.err());
    }

    @Test
    void everyTopicIsListedInTopics() {
        String topics = HelpCommand.topic("topics");
        for (String topic : HelpCommand.TOPICS) {
            assertTrue(topics.contains("\n  " + topic + " "), topic + " not in lede help topics");
        }
    }

    @Test
    void theFormatTopicNamesTheCurrentVersion() {
        assertTrue(HelpCommand.topic("format").startsWith(
                "lede document format, version " + lede.io.DocumentFormat.VERSION + "\n"));
    }

    @Test
    void anUnknownTopicIsOneLineWithTheTopicsAndCommandsAndExit2() {
        Run run = lede("help", "nosuch");
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("lede help: no topic or command 'nosuch'; topics: format, where, rules,"),
                run.err());
        assertTrue(run.err().contains("commands: help, ingest, extract, dedupe, stats, export"), run.err());
    }

    @Test
    void anUnknownReportListsTheReports() {
        Run run = lede("help", "stats", "nosuch");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("commands: stats count, stats entities,"), run.err());
    }

    @Test
    void aCommandStillGetsItsUsage() {
        Run run = lede("help", "extract");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Usage: lede extract "), run.out());
        assertEquals(lede("extract", "--help").out(), run.out());
    }

    @Test
    void aStatsReportGetsItsUsage() {
        Run run = lede("help", "stats", "kwic");
        assertEquals(0, run.status(), run.err());
        assertEquals(lede("stats", "kwic", "--help").out(), run.out());
    }

    @Test
    void helpAloneListsCommandsAndTopics() {
        Run run = lede("help");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Usage: lede "), run.out());
        assertTrue(run.out().contains("  extract "), run.out());
        assertTrue(run.out().contains(HelpCommand.topic("topics")), run.out());
    }
}
