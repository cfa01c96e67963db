package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import lede.io.LedeException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** User regexes (kwic --regex, --where ~) give up on a document after their time budget, with one clear line. */
class TimedRegexTest {
    /**
     * Patterns that run for minutes or longer in Java's engine (which already cuts some classic cases such as
     * {@code (a+)+$}): bounded repeats of a group that can match the same text many ways, and chains of
     * greedy wildcards, none finding the ending they need.
     */
    static final List<String> CATASTROPHIC = List.of("(.*a){12}!x", "(\\w*a){12}!", "(.*x){12}!", "(?:a|a){30}!",
            "(.*?a){12}!", "(\\S*a){15}$", ".*.*.*.*.*.*.*!", "(x*){20}!");

    static ObjectNode document(String id, String text) {
        ObjectNode document = Json.object();
        document.put("id", id);
        document.put("text", text);
        return document;
    }

    @Test
    void kwicGivesUpOnEveryCatastrophicPattern() {
        ObjectNode document = document("d7", "a".repeat(35) + " " + "x".repeat(35) + " " + "ab".repeat(20));
        for (String pattern : CATASTROPHIC) {
            KwicReport report = new KwicReport(KwicReport.Mode.REGEX, pattern, 10, true, 0, 100);
            LedeException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThrows(LedeException.class, () -> report.prepare(document)), pattern);
            assertEquals("--regex " + pattern + ": gave up after 100 ms on document d7 (the pattern backtracks too "
                    + "much; make it more specific, e.g. [^a]* for .*)", e.getMessage());
        }
    }

    @Test
    void whereGivesUpToo() {
        Where where = Where.parse("title ~ \"(.*a){12}!x\"", 100);
        ObjectNode document = document("w1", "t");
        document.put("title", "a".repeat(40));
        LedeException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(LedeException.class, () -> where.test(document)));
        assertEquals("--where title ~ (.*a){12}!x: gave up after 100 ms on document w1 (the pattern backtracks too "
                + "much; make it more specific, e.g. [^a]* for .*)", e.getMessage());
    }

    @Test
    void javaRegexSyntaxStillWorks() {
        ObjectNode document = document("d", "In Kherson, the mayor of Kherson said: \"Kyiv?\"");
        KwicReport report = new KwicReport(KwicReport.Mode.REGEX, "(?<=the )\\w+|Kh\\p{L}+son|\\QKyiv?\\E", 3, true, 0);
        List<String> spans = new ArrayList<>();
        for (int[] match : report.prepare(document)) {
            spans.add(match[0] + "-" + match[1]);
        }
        assertEquals(List.of("3-10", "16-21", "25-32", "40-45"), spans);
        assertTrue(Where.parse("text ~ \"k(h)?erson\"").test(document));
        assertFalse(Where.parse("text ~ \"^kyiv\"").test(document));
    }

    @Test
    void aLongDocumentWithASanePatternFinishesWellWithinTheBudget() {
        String text = "word ".repeat(400_000) + "Kherson";
        KwicReport report = new KwicReport(KwicReport.Mode.REGEX, "Kh\\w+", 5, true, 0);
        assertEquals(1, report.prepare(document("long", text)).size());
    }
}
