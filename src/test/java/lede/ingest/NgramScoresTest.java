package lede.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.TextObject;
import lede.io.Json;
import lede.testing.CorpusCondition;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NgramScores gives Optimaize's own detector's probabilities, bit for bit, on real texts of every loaded language. */
class NgramScoresTest {
    private static final LanguageDetector OPTIMAIZE;

    static {
        try {
            OPTIMAIZE = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().read(LanguageGuess.LANGUAGES)).build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text, and its starts of several lengths (texts of 50 characters or less take Optimaize's other path). */
    private static int sameAsOptimaize(String text) {
        int compared = 0;
        for (int length : new int[]{12, 30, 50, 51, 120, LanguageGuess.DETECTOR_CHARS, text.length()}) {
            if (length <= text.length()) {
                TextObject filtered = LanguageGuess.TEXTS.forText(text.substring(0, length));
                List<DetectedLanguage> expected = OPTIMAIZE.getProbabilities(filtered);
                List<DetectedLanguage> got = LanguageGuess.detector().probabilities(filtered);
                assertEquals(describe(expected), describe(got), text.substring(0, length));
                compared++;
            }
        }
        return compared;
    }

    /** Locale and exact probability (Double.toString prints every bit that differs). */
    private static String describe(List<DetectedLanguage> list) {
        StringBuilder b = new StringBuilder();
        list.forEach(d -> b.append(d.getLocale()).append('=').append(d.getProbability()).append(' '));
        return b.toString();
    }

    @Test
    void theLanguageDevSetScoresAsOptimaizeScoresIt() throws Exception {
        int compared = 0;
        for (LanguageTest.Labelled l : LanguageTest.devSet()) {
            compared += sameAsOptimaize(l.text());
        }
        assertTrue(compared > 100, "compared " + compared);
    }

    @Test
    void theSeedsScoreAsOptimaizeScoresThem() throws Exception {
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                sameAsOptimaize(Files.readString(seed));
            }
        }
    }

    @Test
    void emptyAndSpaceOnlyTextsHaveNoLanguage() {
        assertEquals(List.of(), LanguageGuess.detector().probabilities(LanguageGuess.TEXTS.forText("")));
        assertEquals(describe(OPTIMAIZE.getProbabilities(LanguageGuess.TEXTS.forText("   "))),
                describe(LanguageGuess.detector().probabilities(LanguageGuess.TEXTS.forText("   "))));
    }

    @Test
    @lede.testing.CorpusTest
    void reutersAndPolnearScoreAsOptimaizeScoresThem() throws Exception {
        Path polnear = CorpusCondition.testdata().resolve("polnear-dev/polnear-train-dev.ndjson");
        for (Path corpus : List.of(CorpusCondition.reuters(), polnear)) {
            try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
                String line;
                for (int n = 0; n < 500 && (line = in.readLine()) != null; n++) {
                    JsonNode text = Json.MAPPER.readTree(line).get("text");
                    if (text != null && text.isTextual()) {
                        sameAsOptimaize(text.textValue());
                    }
                }
            }
        }
    }
}
