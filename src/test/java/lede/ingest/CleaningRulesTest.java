package lede.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.LedeException;
import lede.io.Rejects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static lede.ingest.IngestFormatsTest.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules file: shipped defaults, --rules, --no-rule, --no-default-rules, --keep-removed. */
class CleaningRulesTest {
    private static final String SEED_001 = "seeds/001_e346fb210af27363.txt";
    private static final String SEED_004 = "seeds/004_05a6c317fb3580cc.txt";

    private static ObjectNode ingest(Rules rules, boolean keepRemoved, String input) {
        Ingested run = new Ingested(options(o -> {
            o.rules(rules);
            o.keepRemoved(keepRemoved);
        }), Rejects.failFast(), input);
        return run.documents.get(0);
    }

    @Test
    void shippedRulesFileNamesEveryRule() {
        assertEquals(List.of("unwrap", "date-marker", "pictured-inline", "share-widget", "related-news",
                "comments-widget", "banner", "photo-caption", "left-right-caption", "read-more", "list-item",
                "newsletter", "other-topics", "box-item", "get-the-app", "photo-credit-inline", "photo-credit",
                "map-legend", "byline", "cookies", "sign-up-page", "join", "title", "credit", "published",
                "glued-sentence", "unmarked-caption", "repeated-paragraph", "not-article"),
                List.copyOf(Rules.defaults().names()));
    }

    @Test
    void noRuleTurnsOneOff() {
        ObjectNode doc = ingest(Rules.defaults().without(List.of("comments-widget")), false, SEED_001);
        assertTrue(doc.get("text").textValue().endsWith("Belgorod region.\n\nComments\n\nNo Comments Found"));
        assertEquals("{\"share-widget\":1,\"related-news\":1}", doc.get("ingest").get("removed").toString());
        LedeException e = assertThrows(LedeException.class, () -> Rules.defaults().without(List.of("comment")));
        assertTrue(e.getMessage().startsWith("--no-rule comment: no such rule (rules: unwrap, date-marker, "));
    }

    @Test
    void withoutTitleAndCreditRulesTheyStayInTheText() {
        ObjectNode doc = ingest(Rules.defaults().without(List.of("title", "credit")), false, SEED_001);
        assertNull(doc.get("title").textValue());
        assertNull(doc.get("author").textValue());
        assertTrue(doc.get("text").textValue().startsWith("Kyiv confirms that it is achieving successes, and Russia "
                + "is bombing areas recaptured by the Ukrainian army\n\nAFP\n\nAfter Ukraine announced"));
    }

    @Test
    void rulesFileExtendsAndReplacesByName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.txt");
        Files.writeString(file, "# my rules\n"
                + "byline        drop          By .{3,60} for MailOnline\n"
                + "photo-caption drop          (?-i)Pictured: Weeping.*\n");
        // without unmarked-caption, which would take the "Pictured:" captions photo-caption now leaves
        ObjectNode doc = ingest(Rules.defaults().without(List.of("unmarked-caption")).plus(file), true, SEED_004);
        String text = doc.get("text").textValue();
        assertFalse(text.contains("By Chris Pleasance for MailOnline"));
        // photo-caption now only drops the one caption about weeping women
        assertFalse(text.contains("Pictured: Weeping women"));
        assertTrue(text.contains("\n\nPictured: A woman embraces a soldier"));
        assertEquals("{\"pictured-inline\":2,\"left-right-caption\":1,\"photo-caption\":1,\"byline\":1,"
                + "\"repeated-paragraph\":2}", doc.get("ingest").get("removed").toString());
        List<String> bylines = new java.util.ArrayList<>();
        doc.get("ingest").get("removed_text").forEach(r -> {
            if (r.get("rule").textValue().equals("byline")) {
                bylines.add(r.get("text").textValue());
            }
        });
        assertEquals(List.of("By Chris Pleasance for MailOnline"), bylines);
    }

    @Test
    void onlyTheUsersRules(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("only.txt");
        Files.writeString(file, "widgets drop Share|Related News|Comments|No Comments Found\n");
        ObjectNode doc = ingest(Rules.none().plus(file), false, SEED_001);
        assertNull(doc.get("title").textValue());
        assertEquals("{\"widgets\":4}", doc.get("ingest").get("removed").toString());
    }

    @Test
    void keepRemovedKeepsTheSpansInOrder() {
        ObjectNode doc = ingest(Rules.defaults(), true, SEED_001);
        assertEquals("[{\"rule\":\"share-widget\",\"text\":\"Share\"},{\"rule\":\"related-news\",\"text\":\"Related News\"},"
                + "{\"rule\":\"comments-widget\",\"text\":\"Comments\"},"
                + "{\"rule\":\"comments-widget\",\"text\":\"No Comments Found\"}]",
                doc.get("ingest").get("removed_text").toString());
    }

    @Test
    void badRulesFilesSayWhereAndWhat(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "\nok drop x\nbroken drop (unclosed\n");
        LedeException e = assertThrows(LedeException.class, () -> Rules.defaults().plus(file));
        assertEquals(file + ":3: bad pattern: Unclosed group near index 9", e.getMessage());
        Files.writeString(file, "odd squash x\n");
        e = assertThrows(LedeException.class, () -> Rules.defaults().plus(file));
        assertEquals(file + ":1: unknown rule kind 'squash'", e.getMessage());
        e = assertThrows(LedeException.class, () -> Rules.defaults().plus(dir.resolve("missing.txt")));
        assertEquals(dir.resolve("missing.txt") + ": no such rules file", e.getMessage());
    }
}
