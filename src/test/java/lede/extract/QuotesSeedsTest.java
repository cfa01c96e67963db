package lede.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import org.junit.jupiter.api.Test;

import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** quotes and quantities as extract adds them to the seeds (CoreNLP entities give the canonical speakers). */
class QuotesSeedsTest {
    private static JsonNode quote(String prefix, String startsWith) {
        ObjectNode seed = SharedExtractor.seeds().get(prefix);
        return StreamSupport.stream(seed.get("quotes").spliterator(), false)
                .filter(q -> q.get("text").asText().startsWith(startsWith)).findFirst().orElseThrow();
    }

    private static JsonNode quantity(String prefix, String text) {
        ObjectNode seed = SharedExtractor.seeds().get(prefix);
        return StreamSupport.stream(seed.get("quantities").spliterator(), false)
                .filter(q -> q.get("text").asText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void zelenskyIsTheSpeakerOfTheFleeQuoteIn003() {
        JsonNode q = quote("003", "Russian servicemen must flee");
        assertEquals("Russian servicemen must flee if they want to live.", q.get("text").asText());
        assertEquals("Volodymyr Zelensky", q.get("speaker").asText());
        assertEquals("He", q.get("speaker_mention").get("text").asText());
        assertEquals("said", q.get("cue").asText());
        assertFalse(q.has("unclosed"));
        JsonNode said = quote("003", "Ukraine is taking back");
        assertEquals("Volodymyr Zelensky", said.get("speaker").asText());
        assertEquals("Zelensky", said.get("speaker_mention").get("text").asText());
    }

    @Test
    void zhyvytskyiNamedInAnAppositionAfterTheQuoteIn004() {
        JsonNode q = quote("004", "Russian aviation, without crossing the Ukrainian border, fired at a hospital.");
        assertEquals("Russian aviation, without crossing the Ukrainian border, fired at a hospital. "
                + "The premises were destroyed, there are wounded people,", q.get("text").asText());
        assertEquals("Dmytro Zhyvytskyi", q.get("speaker").asText());
        assertEquals("Dmytro Zhyvytskyi", q.get("speaker_mention").get("text").asText());
        assertEquals("said", q.get("cue").asText());
    }

    /*
     * 001: '"Obviously we've seen a lot of progress ...," US Secretary of State Anthony Blinken told a news
     * conference Monday in Mexico, but "it's too early ..."'. The CRF tags "Anthony Blinken" alone as PERSON; the
     * "of" inside the title once kept him from being the speaker, and the whole phrase stood as a nominal speaker.
     */
    @Test
    void blinkenIsNamedWithoutHisTitleIn001() {
        JsonNode told = quote("001", "Obviously we've seen");
        assertEquals("Antony Blinken", told.get("speaker").asText(), "the alias table's spelling, as his entity");
        assertEquals("person", told.get("speaker_kind").asText());
        assertEquals("{\"text\":\"Anthony Blinken\",\"start\":1806,\"end\":1821}", told.get("speaker_mention").toString());
        assertEquals("told", told.get("cue").asText());
        JsonNode but = quote("001", "it's too early");
        assertEquals("Antony Blinken", but.get("speaker").asText());
        assertEquals("person", but.get("speaker_kind").asText());
    }

    @Test
    void quoteAcrossThreeParagraphsIn000() {
        JsonNode q = quote("000", "Tactical battalion groups");
        assertTrue(q.get("text").asText().endsWith("parallel to the Dnieper River."));
        assertEquals("added", q.get("cue").asText());
    }

    @Test
    void offsetsHoldForEveryQuoteAndQuantity() {
        for (ObjectNode seed : SharedExtractor.seeds().values()) {
            String text = seed.get("text").asText();
            for (String field : new String[]{"quotes", "quantities"}) {
                for (JsonNode item : seed.get(field)) {
                    assertEquals(item.get("text").asText(), codePoints(text, item.get("start").asInt(), item.get("end").asInt()));
                    JsonNode mention = item.path("speaker_mention");
                    if (mention.isObject()) {
                        assertEquals(mention.get("text").asText(),
                                codePoints(text, mention.get("start").asInt(), mention.get("end").asInt()));
                    }
                }
            }
        }
    }

    @Test
    void seedQuantitiesAsExtractWritesThem() {
        JsonNode area = quantity("001", "6,000 square kilometers");
        assertEquals("AREA", area.get("kind").asText());
        assertEquals(6000, area.get("value").asInt());
        assertTrue(area.get("value").isIntegralNumber());
        assertEquals("km²", area.get("unit").asText());
        assertFalse(area.get("approx").asBoolean());
        JsonNode miles = quantity("004", "more than 385 square miles");
        assertEquals(997.1, miles.get("value").asDouble(), 0.1);
        assertEquals("more_than", miles.get("approx").asText());
        JsonNode money = quantity("004", "$2.2 billion");
        assertEquals("{\"text\":\"$2.2 billion\",\"kind\":\"MONEY\",\"value\":2200000000,\"unit\":\"USD\",\"approx\":false,",
                money.toString().substring(0, money.toString().indexOf("\"start\"")));
        assertEquals(675000000L, quantity("004", "$675 million").get("value").asLong());
    }

    @Test
    void codePointOffsetsAfterAnEmoji() {
        ObjectNode doc = Json.object();
        doc.put("id", "emoji");
        doc.put("text", "🇺🇦 “We need 40 tanks now,” the commander told reporters. Losses reached 5%.");
        SharedExtractor.EXTRACTOR.extract(doc);
        String text = doc.get("text").asText();
        JsonNode q = doc.get("quotes").get(0);
        assertEquals("the commander", q.get("speaker").asText());
        assertEquals(q.get("text").asText(), codePoints(text, q.get("start").asInt(), q.get("end").asInt()));
        assertEquals(4, q.get("start").asInt());
        JsonNode tanks = doc.get("quantities").get(0);
        assertEquals("40 tanks", tanks.get("text").asText());
        assertEquals(tanks.get("text").asText(), codePoints(text, tanks.get("start").asInt(), tanks.get("end").asInt()));
        JsonNode context = tanks.get("context");
        assertEquals("🇺🇦 “We need 40 tanks now,” the commander told reporters.",
                codePoints(text, context.get("start").asInt(), context.get("end").asInt()));
        assertEquals("Losses reached 5%.", codePoints(text, doc.get("quantities").get(1).get("context").get("start").asInt(),
                doc.get("quantities").get(1).get("context").get("end").asInt()));
    }

    private static String codePoints(String text, int start, int end) {
        int s = text.offsetByCodePoints(0, start);
        return text.substring(s, text.offsetByCodePoints(s, end - start));
    }
}
