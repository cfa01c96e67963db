package lede.dedupe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import lede.stats.ExtractedSeeds;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dedupe --paragraphs} after {@code extract} (the README's order): the text loses paragraphs and every
 * offset moves with it, so {@code text[start:end]} is still each mention, on the seeds as extract annotates them.
 */
class ParagraphOffsetsTest {
    private static final String PROMO = "Sign up for our daily Ukraine newsletter \u2014 it\u2019s free \uD83D\uDCF0.";

    @Test
    void promoParagraphsAroundExtractedSeedsGoAndEveryOffsetComesBack() throws IOException {
        List<ObjectNode> extracted = ExtractedSeeds.documents();
        List<ObjectNode> docs = new ArrayList<>();
        int shift = PROMO.codePointCount(0, PROMO.length()) + 2;
        for (ObjectNode seed : extracted) {
            ObjectNode doc = seed.deepCopy();
            doc.put("text", PROMO + "\n\n" + seed.get("text").asText() + "\n\n" + PROMO);
            shiftOffsets(doc, offset -> offset + shift);
            docs.add(doc);
        }
        DedupeTest.Run run = DedupeTest.run(docs, DedupeOptions.defaults().withParagraphs(true, 5));
        assertEquals(10, run.summary().paragraphsRemoved());
        for (ObjectNode seed : extracted) {
            ObjectNode out = run.byId(seed.get("id").asText());
            assertEquals("{\"removed\":{\"paragraphs\":2}}", out.get("dedupe").toString());
            out.remove("dedupe");
            assertEquals(seed, out, seed.get("id").asText());
            assertEquals(checkMentions(seed), checkMentions(out));
        }
    }

    /* A promo between the second and third paragraph: what comes after it moves back, nothing is lost. */
    @Test
    void aPromoInsideTheTextMovesTheMentionsAfterIt() throws IOException {
        List<ObjectNode> extracted = ExtractedSeeds.documents();
        List<ObjectNode> docs = new ArrayList<>();
        for (ObjectNode seed : extracted) {
            ObjectNode doc = seed.deepCopy();
            String text = seed.get("text").asText();
            java.util.regex.Matcher breaks = java.util.regex.Pattern.compile("(?:\r?\n[ \t\u00a0]*){2,}").matcher(text);
            assertTrue(breaks.find() && breaks.find());
            int cut = breaks.end(); // the start of the third paragraph, after its break (some seeds have "\n\n \n\n ")
            String inserted = PROMO + breaks.group();
            int at = text.codePointCount(0, cut);
            int shift = inserted.codePointCount(0, inserted.length());
            doc.put("text", text.substring(0, cut) + inserted + text.substring(cut));
            shiftOffsets(doc, offset -> offset >= at ? offset + shift : offset);
            docs.add(doc);
        }
        DedupeTest.Run run = DedupeTest.run(docs, DedupeOptions.defaults().withParagraphs(true, 5));
        int mentions = 0;
        for (ObjectNode seed : extracted) {
            ObjectNode out = run.byId(seed.get("id").asText());
            assertEquals(seed.get("text"), out.get("text"));
            assertEquals(seed.get("entities"), out.get("entities"));
            assertEquals(seed.get("quantities"), out.get("quantities"));
            mentions += checkMentions(out);
        }
        assertTrue(mentions > 100, "mentions checked: " + mentions);
    }

    /* Hand-made: a mention in a removed paragraph goes (and is counted), a speaker named there becomes null. */
    @Test
    void mentionsInRemovedParagraphsGoAndAreCounted() throws IOException {
        List<ObjectNode> docs = new ArrayList<>();
        String[] stories = {"The council met on Tuesday to discuss the harbour.", "Rain is expected across the north.",
            "A new bridge opened to traffic this morning.", "Shares in the carmaker fell sharply.",
            "The museum reopens after two years of repairs."};
        for (String story : stories) {
            docs.add(DedupeTest.doc("d" + docs.size(), null, "t", story + "\n\n" + PROMO));
        }
        // "🇺🇦 Kyiv" is two flag code points, a space, then Kyiv at 3..7
        String text = "\uD83C\uDDFA\uD83C\uDDE6 Kyiv said \u201cyes\u201d today.\n\n" + PROMO + "\n\n\u201cNo,\u201d Zelensky said in Kyiv.";
        ObjectNode doc = DedupeTest.doc("annotated", null, "t", text);
        int promoStart = 27;
        int third = promoStart + PROMO.codePointCount(0, PROMO.length()) + 2;
        doc.putArray("entities").add(mention("Kyiv", 3, 7)).add(mention("ly", promoStart + 19, promoStart + 21))
                .add(mention("Zelensky", third + 6, third + 14)).add(mention("Kyiv", third + 23, third + 27));
        ObjectNode quote = mention("No,", third + 1, third + 4);
        quote.set("speaker_mention", mention("ly", promoStart + 19, promoStart + 21));
        doc.putArray("quotes").add(quote);
        docs.add(doc);
        checkMentions(doc);
        ObjectNode out = DedupeTest.run(docs, DedupeOptions.defaults().withParagraphs(true, 5)).byId("annotated");
        assertEquals("\uD83C\uDDFA\uD83C\uDDE6 Kyiv said \u201cyes\u201d today.\n\n\u201cNo,\u201d Zelensky said in Kyiv.",
                out.get("text").asText());
        assertEquals("{\"removed\":{\"paragraphs\":1,\"entities\":1}}", out.get("dedupe").toString());
        assertEquals("[{\"text\":\"Kyiv\",\"start\":3,\"end\":7},{\"text\":\"Zelensky\",\"start\":33,\"end\":41},"
                + "{\"text\":\"Kyiv\",\"start\":50,\"end\":54}]", out.get("entities").toString());
        assertEquals("[{\"text\":\"No,\",\"start\":28,\"end\":31,\"speaker_mention\":null}]", out.get("quotes").toString());
        assertEquals(4, checkMentions(out));
    }

    private static ObjectNode mention(String text, int start, int end) {
        ObjectNode m = Json.object();
        m.put("text", text);
        m.put("start", start);
        m.put("end", end);
        return m;
    }

    /** Moves every start and end under the document (a test's own, simple edit of the offsets). */
    private static void shiftOffsets(JsonNode node, IntUnaryOperator move) {
        if (node instanceof ObjectNode object && object.path("start").isInt() && object.path("end").isInt()) {
            object.put("start", move.applyAsInt(object.get("start").asInt()));
            object.put("end", move.applyAsInt(object.get("end").asInt()));
        }
        for (JsonNode child : node) {
            shiftOffsets(child, move);
        }
    }

    /** Asserts text[start:end] (code points) equals each mention that has a text; returns how many had one. */
    private static int checkMentions(ObjectNode document) {
        String text = document.get("text").asText();
        int[] checked = {0};
        check(document, text, checked, true);
        return checked[0];
    }

    private static void check(JsonNode node, String text, int[] checked, boolean top) {
        if (!top && node instanceof ObjectNode object && object.path("start").isInt() && object.path("text").isTextual()) {
            int start = text.offsetByCodePoints(0, object.get("start").asInt());
            int end = text.offsetByCodePoints(0, object.get("end").asInt());
            assertEquals(object.get("text").asText(), text.substring(start, end), object.toString());
            checked[0]++;
        }
        if (top) {
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("text")) {
                    check(field.getValue(), text, checked, false);
                }
            });
        } else {
            for (JsonNode child : node) {
                check(child, text, checked, false);
            }
        }
    }
}
