package lede.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternPrefixesTest {
    @Test
    void openingsOfPlainPatterns() {
        assertArrayEquals(new String[]{"ente", "your", "e"},
                PatternPrefixes.of("enter your e-?mail(?: address)?.{0,80}|(?:your )?e-?mail"));
        assertArrayEquals(new String[]{"by", "from"}, PatternPrefixes.of("(?-i)(?:By|BY|From) \\p{Lu}.*"));
        assertArrayEquals(new String[]{"(pic", "(fil"}, PatternPrefixes.of("\\((?:pictured|file photo)\\)"));
        assertArrayEquals(new String[]{"shar", "twee", "ab"}, PatternPrefixes.of("share|tweet|ab+c"));
        assertArrayEquals(new String[]{"sign", "log "}, PatternPrefixes.of("(?:sign|log (?:in|out))"));
    }

    @Test
    void noOpeningsWhenAMatchCanStartWithAnything() {
        assertNull(PatternPrefixes.of("a?b"));
        assertNull(PatternPrefixes.of("share|\\s*x"));
        assertNull(PatternPrefixes.of("[ab]c"));
        assertNull(PatternPrefixes.of("(?=x)x.*"));
        assertNull(PatternPrefixes.of("(?:a|b)?\\d"));
        assertNull(PatternPrefixes.of("(?x) a b"));
    }

    @Test
    void startsWithOneIgnoresAsciiCaseAndLetsNonAsciiThrough() {
        String[] openings = {"subs", "sign"};
        assertTrue(PatternPrefixes.startsWithOne("SUBSCRIBE now", openings));
        assertTrue(PatternPrefixes.startsWithOne("Sign in", openings));
        assertFalse(PatternPrefixes.startsWithOne("Sig", openings));
        assertFalse(PatternPrefixes.startsWithOne("Shares fell", openings));
        // the Kelvin sign matches k under UNICODE_CASE: a non-ASCII character is never a reason to skip a pattern
        assertTrue(PatternPrefixes.startsWithOne("\u212Aey", new String[]{"key"}));
    }

    /** Every line of the hand-made furniture pages and the seeds that a shipped rule matches passes its openings. */
    @Test
    void noShippedRuleMatchIsStoppedByItsOpenings() throws IOException {
        List<String> lines = Ingested.furnitureAndSeedLines();
        Rules rules = Rules.defaults();
        int matched = 0;
        int withOpenings = 0;
        for (Rules.Kind kind : Rules.Kind.values()) {
            for (Rules.Rule rule : rules.of(kind)) {
                if (rule.pattern() == null) {
                    continue;
                }
                String[] openings = PatternPrefixes.of(rule.pattern().pattern());
                if (openings == null) {
                    continue;
                }
                withOpenings++;
                for (String line : lines) {
                    String p = line.strip();
                    if (rule.pattern().matcher(p).matches()) {
                        matched++;
                        assertTrue(PatternPrefixes.startsWithOne(p, openings), rule.name() + " stopped: " + p);
                    }
                }
            }
        }
        assertTrue(withOpenings >= 10, "rules with openings: " + withOpenings);
        assertTrue(matched >= 10, "lines matched: " + matched);
    }
}
