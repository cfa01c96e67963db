package lede.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.stats.Where;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** lang and ingest.lang: the feed's own field when it has one, else detected; on the hand-written dev set. */
class LanguageTest {
    @TempDir
    Path dir;

    record Labelled(String lang, boolean isShort, String text) {
    }

    static List<Labelled> devSet() throws Exception {
        List<Labelled> set = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(Ingested.resource("lang-dev.tsv")))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t", 3);
                set.add(new Labelled(f[0], f[1].equals("short"), f[2]));
            }
        }
        return set;
    }

    @Test
    void everyLongTextOfTheDevSetAndNearlyEveryShortOneIsRecognised() throws Exception {
        LanguageGuess guess = new LanguageGuess();
        int longRight = 0;
        int shortRight = 0;
        List<String> shortWrong = new ArrayList<>();
        for (Labelled l : devSet()) {
            String got = guess.detect(l.text).lang();
            if (l.isShort) {
                if (l.lang.equals(got)) {
                    shortRight++;
                } else {
                    shortWrong.add(l.lang + "->" + got + ": " + l.text);
                }
            } else if (l.lang.equals(got)) {
                longRight++;
            }
        }
        assertEquals(16, longRight);
        assertEquals(40, shortRight, String.join("\n", shortWrong));
    }

    @Test
    void feedFieldsAreNormalisedToIso6391() {
        assertEquals("en", LanguageGuess.isoCode("en-US"));
        assertEquals("pt", LanguageGuess.isoCode("pt_BR"));
        assertEquals("uk", LanguageGuess.isoCode("ukr"));
        assertEquals("ru", LanguageGuess.isoCode("Russian"));
        assertNull(LanguageGuess.isoCode("klingonish"));
    }

    @Test
    void theFeedsFieldWinsAndDetectionFillsTheRest() throws Exception {
        Path file = dir.resolve("feed.ndjson");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"a\",\"lang_tag\":\"en-US\",\"text\":\"Ночью в центре города прогремели взрывы, сообщили власти.\"}",
                "{\"id\":\"b\",\"text\":\"Ночью в центре города прогремели взрывы, сообщили местные власти.\"}",
                "{\"id\":\"c\",\"inLanguage\":\"xx-nonsense\",\"text\":\"The minister said the talks would resume next week.\"}",
                "{\"id\":\"d\",\"text\":\"OK\"}", ""));
        List<ObjectNode> docs = Ingested.of(file.toString()).documents;
        assertEquals("en", docs.get(0).get("lang").asText());
        assertEquals("{\"confidence\":null,\"from\":\"feed\"}", docs.get(0).get("ingest").get("lang").toString());
        assertFalse(docs.get(0).get("meta").has("lang_tag"));

        assertEquals("ru", docs.get(1).get("lang").asText());
        assertEquals("detected", docs.get(1).get("ingest").get("lang").get("from").asText());
        assertTrue(docs.get(1).get("ingest").get("lang").get("confidence").asDouble() > 0.9);

        assertEquals("en", docs.get(2).get("lang").asText());
        assertEquals("language not understood: xx-nonsense", docs.get(2).get("warnings").get(0).asText());
        assertEquals("xx-nonsense", docs.get(2).get("meta").get("inLanguage").asText());

        assertTrue(docs.get(3).get("lang").isNull()); // too short to tell

        Where english = Where.parse("lang = en");
        assertEquals(List.of("a", "c"), docs.stream().filter(english).map(d -> d.get("id").asText()).toList());
    }
}
