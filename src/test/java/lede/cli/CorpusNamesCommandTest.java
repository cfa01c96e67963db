package lede.cli;

import lede.Lede;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** stats and export name each entity once across their input, and take --aliases. */
class CorpusNamesCommandTest {
    /** Three articles as extract leaves them: each names Putin its own way. */
    private static final String DOCUMENTS = String.join("\n",
            "{\"id\":\"a\",\"date\":\"2022-03-01\",\"text\":\"Putin met Nato and GOP leaders.\",\"entities\":["
                    + "{\"text\":\"Putin\",\"type\":\"PERSON\",\"canonical\":\"Putin\",\"start\":0,\"end\":5},"
                    + "{\"text\":\"Nato\",\"type\":\"ORGANIZATION\",\"canonical\":\"Nato\",\"start\":10,\"end\":14},"
                    + "{\"text\":\"GOP\",\"type\":\"ORGANIZATION\",\"canonical\":\"GOP\",\"start\":19,\"end\":22}],"
                    + "\"quotes\":[{\"text\":\"No.\",\"speaker\":\"Putin\"}]}",
            "{\"id\":\"b\",\"date\":\"2022-03-02\",\"text\":\"Vladimir Putin and NATO. Vladimir Putin.\",\"entities\":["
                    + "{\"text\":\"Vladimir Putin\",\"type\":\"PERSON\",\"canonical\":\"Vladimir Putin\",\"start\":0,\"end\":14},"
                    + "{\"text\":\"NATO\",\"type\":\"ORGANIZATION\",\"canonical\":\"NATO\",\"start\":19,\"end\":23},"
                    + "{\"text\":\"Vladimir Putin\",\"type\":\"PERSON\",\"canonical\":\"Vladimir Putin\",\"start\":25,\"end\":39}]}",
            "{\"id\":\"c\",\"date\":\"2022-03-03\",\"text\":\"Vladamir Putin and the Republican Party.\",\"entities\":["
                    + "{\"text\":\"Vladamir Putin\",\"type\":\"PERSON\",\"canonical\":\"Vladamir Putin\",\"start\":0,\"end\":14},"
                    + "{\"text\":\"Republican Party\",\"type\":\"ORGANIZATION\",\"canonical\":\"Republican Party\",\"start\":23,\"end\":39}]}",
            "");

    private static int run(String... args) {
        return Lede.commandLine().setErr(new PrintWriter(new StringWriter(), true)).execute(args);
    }

    @Test
    void statsAndTheCsvCountTheSameEntities(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("docs.ndjson"), DOCUMENTS);
        Path rows = dir.resolve("rows.ndjson");
        assertEquals(0, run("stats", "entities", "-o", rows.toString(), input.toString()));
        assertEquals(List.of(
                "{\"entity\":\"Vladimir Putin\",\"type\":\"PERSON\",\"mentions\":4,\"documents\":3,"
                        + "\"first_date\":\"2022-03-01\",\"last_date\":\"2022-03-03\","
                        + "\"variants\":\"Vladimir Putin; Putin; Vladamir Putin\"}",
                "{\"entity\":\"NATO\",\"type\":\"ORGANIZATION\",\"mentions\":2,\"documents\":2,"
                        + "\"first_date\":\"2022-03-01\",\"last_date\":\"2022-03-02\",\"variants\":\"NATO; Nato\"}",
                "{\"entity\":\"GOP\",\"type\":\"ORGANIZATION\",\"mentions\":1,\"documents\":1,"
                        + "\"first_date\":\"2022-03-01\",\"last_date\":\"2022-03-01\",\"variants\":\"GOP\"}",
                "{\"entity\":\"Republican Party\",\"type\":\"ORGANIZATION\",\"mentions\":1,\"documents\":1,"
                        + "\"first_date\":\"2022-03-03\",\"last_date\":\"2022-03-03\",\"variants\":\"Republican Party\"}"),
                Files.readAllLines(rows));

        Path csv = dir.resolve("mentions.csv");
        assertEquals(0, run("export", "--explode", "entities", "--fields", "id,entities.text,entities.canonical",
                "-o", csv.toString(), input.toString()));
        assertEquals(List.of("id,entities.text,entities.canonical",
                "a,Putin,Vladimir Putin", "a,Nato,NATO", "a,GOP,GOP",
                "b,Vladimir Putin,Vladimir Putin", "b,NATO,NATO", "b,Vladimir Putin,Vladimir Putin",
                "c,Vladamir Putin,Vladimir Putin", "c,Republican Party,Republican Party"), Files.readAllLines(csv));

        Path speakers = dir.resolve("speakers.ndjson");
        assertEquals(0, run("stats", "quotes", "-o", speakers.toString(), input.toString()));
        assertEquals("Vladimir Putin", Files.readAllLines(speakers).get(0).replaceAll(".*\"speaker\":\"([^\"]*)\".*", "$1"));
    }

    @Test
    void anAliasFileFixesAMergeAndNoMergeKeepsExtractsNames(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("docs.ndjson"), DOCUMENTS);
        Path aliases = Files.writeString(dir.resolve("mine.tsv"), "# the party\nGOP\tRepublican Party\tORGANIZATION\n");
        Path csv = dir.resolve("orgs.csv");
        assertEquals(0, run("export", "--aliases", aliases.toString(), "--explode", "entities",
                "--fields", "entities.canonical", "-o", csv.toString(), input.toString()));
        assertEquals(List.of("entities.canonical", "Vladimir Putin", "NATO", "Republican Party", "Vladimir Putin",
                "NATO", "Vladimir Putin", "Vladimir Putin", "Republican Party"), Files.readAllLines(csv));
        Path rows = dir.resolve("rows.ndjson");
        assertEquals(0, run("stats", "entities", "--aliases", aliases.toString(), "--type", "ORGANIZATION",
                "-o", rows.toString(), input.toString()));
        assertEquals(2, Files.readAllLines(rows).size());
        assertEquals(0, run("export", "--no-merge", "--explode", "entities", "--fields", "entities.canonical",
                "-o", csv.toString(), input.toString()));
        assertEquals(List.of("entities.canonical", "Putin", "Nato", "GOP", "Vladimir Putin", "NATO",
                "Vladimir Putin", "Vladamir Putin", "Republican Party"), Files.readAllLines(csv));
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "GOP\n");
        StringWriter err = new StringWriter();
        assertEquals(1, Lede.commandLine().setErr(new PrintWriter(err, true)).execute("stats", "entities",
                "--aliases", bad.toString(), input.toString()));
        assertEquals("lede stats entities: " + bad + ":1: expected alias<TAB>canonical[<TAB>type], found 'GOP'",
                err.toString().strip());
    }
}
