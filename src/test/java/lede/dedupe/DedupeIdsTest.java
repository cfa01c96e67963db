package lede.dedupe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.Lede;
import lede.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ids are checked as ingest checks them: a repeat, also of a position name #N, is a bad record. */
class DedupeIdsTest {
    @TempDir
    Path dir;

    String[] run(Path in, String... options) throws IOException {
        Path out = dir.resolve("out.ndjson");
        Files.deleteIfExists(out);
        List<String> args = new ArrayList<>(List.of("dedupe", "-o", out.toString()));
        args.addAll(List.of(options));
        args.add(in.toString());
        StringWriter err = new StringWriter();
        int status = Lede.commandLine().setErr(new PrintWriter(err, true)).execute(args.toArray(String[]::new));
        return new String[]{Integer.toString(status), err.toString().strip(),
                Files.exists(out) ? Files.readString(out) : ""};
    }

    @Test
    void aRealIdAndAPositionNameDoNotShareAName() throws IOException {
        Path in = Files.writeString(dir.resolve("in.ndjson"),
                "{\"text\":\"one two three four five six\"}\n{\"id\":\"#1\",\"text\":\"one two three four five six\"}\n");
        String[] result = run(in);
        assertEquals("1", result[0]);
        assertEquals("lede dedupe: " + in + ":2: duplicate id '#1' (an earlier document has it)", result[1]);

        Path other = Files.writeString(dir.resolve("other.ndjson"),
                "{\"id\":\"#2\",\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"id\":\"a\",\"text\":\"c\"}\n{\"id\":\"a\",\"text\":\"d\"}\n");
        for (String mode : new String[]{"--exact-only", "--drop"}) {
            Path bad = dir.resolve("bad.ndjson");
            result = run(other, mode, "--skip-bad", bad.toString());
            assertEquals("0", result[0], result[1]);
            List<String> reasons = Files.readAllLines(bad).stream()
                    .map(line -> read(line).get("line").asText() + " " + read(line).get("reason").asText()).toList();
            assertEquals(List.of("2 duplicate id '#2' (an earlier document has it; a document without an id is "
                    + "named #N by its position)", "4 duplicate id 'a' (an earlier document has it)"), reasons, mode);
            assertEquals(2, result[2].lines().count(), mode);
        }
    }

    /** The class: any mix of real ids, #N look-alikes and missing ids leaves every written document a name of its own. */
    @Test
    void generatedMixesKeepNamesUniqueAndLoseNothingSilently() throws IOException {
        Random random = new Random(20);
        String[] ids = {"a", "b", "#1", "#2", "#3", "#4", null, null};
        for (int round = 0; round < 20; round++) {
            StringBuilder lines = new StringBuilder();
            int n = 2 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                ObjectNode document = Json.object();
                String id = ids[random.nextInt(ids.length)];
                if (id != null) {
                    document.put("id", id);
                }
                document.put("text", "document " + i + " with words " + random.nextInt(3));
                lines.append(document).append('\n');
            }
            Path in = Files.writeString(dir.resolve("mix.ndjson"), lines);
            Path bad = dir.resolve("bad-" + round + ".ndjson");
            String[] result = run(in, "--skip-bad", bad.toString(), "--report", dir.resolve("r.ndjson").toString());
            assertEquals("0", result[0], result[1]);
            List<String> written = result[2].lines().toList();
            long rejected = Files.exists(bad) ? Files.readAllLines(bad).size() : 0;
            assertEquals(n, written.size() + rejected, lines.toString());
            Set<String> names = new HashSet<>();
            for (int position = 0; position < written.size(); position++) {
                assertTrue(names.add(DocumentFields.idOf((ObjectNode) read(written.get(position)), position)), lines.toString());
            }
        }
    }

    static JsonNode read(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
