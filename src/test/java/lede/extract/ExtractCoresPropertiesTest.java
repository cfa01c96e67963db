package lede.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import lede.testing.HostileText;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extract cores on generated hostile text ({@link HostileText}): no exception, every offset inside the
 * text, and the text at a mention's offsets is the mention. The rule-only cores (quantities, quotes, the date
 * rules) get hundreds of texts; the whole extractor (CoreNLP's tokens, entities and SUTime's dates) a few dozen.
 */
class ExtractCoresPropertiesTest {
    private static final String[] VALUES = {"2022-02-18", "2022-02-18TNI", "2024-02-29", "2022-13-45", "0000-00-00",
            "2022-03", "2022-00", "2022-99X", "XXXX-WXX-5", "XXXX-02-24", "PAST_REF", "T01:18", "THIS P1D", "2022-W36",
            "", "9999999999-01-01", "2022-02", "2022-02-18T10:30"};
    private static final String[] TAGS = {"VBD", "VBN", "VBZ", "VBP", "MD", "VB", "NN", "NNP", "IN", "RB", "``", "''", null};

    private static String hostile(long seed, int pieces) {
        Random random = new Random(seed);
        return HostileText.build(random::nextInt, pieces);
    }

    @Property(tries = 300)
    void quantitiesStayInsideTheText(@ForAll long seed) {
        String text = hostile(seed, 60);
        for (QuantityFinder.Quantity q : new QuantityFinder().find(text)) {
            assertTrue(0 <= q.contextStart() && q.contextStart() <= q.start() && q.start() <= q.end()
                    && q.end() <= q.contextEnd() && q.contextEnd() <= text.length(), q.toString());
            assertEquals(q.text(), text.substring(q.start(), q.end()));
        }
    }

    @Property(tries = 120)
    void quotesAndSpeakersStayInsideTheText(@ForAll long seed) {
        String text = hostile(seed, 60);
        Random random = new Random(seed);
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < 8 && !text.isEmpty(); i++) {
            int begin = random.nextInt(text.length());
            int end = Math.min(text.length(), begin + 1 + random.nextInt(20));
            entities.add(new Entity(text.substring(begin, end), i % 2 == 0 ? "PERSON" : "ORGANIZATION",
                    "Name " + i, begin, end, 0));
        }
        for (List<QuoteFinder.Quote> quotes : List.of(new QuoteFinder().findWithoutEntities(text),
                new QuoteFinder().find(text, entities))) {
            for (QuoteFinder.Quote q : quotes) {
                assertTrue(0 <= q.start() && q.start() <= q.end() && q.end() <= text.length(), q.toString());
                assertEquals(q.text(), text.substring(q.start(), q.end()));
                if (q.mentionText() != null) {
                    assertEquals(q.mentionText(), text.substring(q.mentionStart(), q.mentionEnd()));
                }
            }
        }
    }

    @Property(tries = 1000)
    void dateRulesTakeAnyWordsValuesAndDays(@ForAll long seed, @ForAll @IntRange(min = 1000, max = 2999) int year) {
        Random random = new Random(seed);
        List<ClauseTense.Word> words = new ArrayList<>();
        for (String word : hostile(seed, 12).split(" ", -1)) {
            words.add(new ClauseTense.Word(word, TAGS[random.nextInt(TAGS.length)]));
        }
        int first = random.nextInt(words.size());
        int end = first + 1 + random.nextInt(words.size() - first);
        ClauseTense.Tense tense = ClauseTense.of(words, first, end);
        String text = String.join(" ", words.subList(first, end).stream().map(ClauseTense.Word::text).toList());
        String value = random.nextBoolean() ? VALUES[random.nextInt(VALUES.length)] : hostile(seed + 1, 3);
        LocalDate day = LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        for (String mention : List.of(text, "next Friday", "Feb. 29", "29 February", "late August", "Monday night")) {
            String anchored = DateAnchoring.anchor(mention, value, day, tense);
            assertEquals(value.isEmpty(), anchored.isEmpty(), mention + " " + value);
            DateKinds.of(mention, value, DateKinds.wordAt(words, first - 1), DateKinds.wordAt(words, end));
        }
    }

    @Property(tries = 10)
    void wholeExtractorKeepsEveryOffset(@ForAll long seed) {
        String text = hostile(seed, 30);
        ObjectNode document = Json.object();
        document.put("date", "2022-02-12");
        document.put("text", text);
        SharedExtractor.EXTRACTOR.extract(document);
        int length = text.codePointCount(0, text.length());
        for (String field : List.of("entities", "dates", "quantities", "quotes")) {
            for (JsonNode mention : document.get(field)) {
                assertMentionAt(text, length, mention, field);
                if (mention.path("speaker_mention").isObject()) {
                    assertMentionAt(text, length, mention.get("speaker_mention"), field);
                }
            }
        }
    }

    private static void assertMentionAt(String text, int length, JsonNode mention, String field) {
        int start = mention.get("start").asInt();
        int end = mention.get("end").asInt();
        assertTrue(0 <= start && start <= end && end <= length, field + " " + mention);
        String at = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        assertEquals(mention.get("text").asText(), at, field + " " + mention);
    }
}
