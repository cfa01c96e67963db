package lede.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The prefilters (first characters, openings, length bounds, literals) never change which rule matches. */
class RuleMatchersTest {
    /** Each rule's pattern alone, run on every paragraph: what the prefilters must agree with. */
    private static RuleMatchers withoutPrefilters(List<Rules.Rule> rules) {
        int n = rules.size();
        int[] noBound = new int[n];
        Arrays.fill(noBound, -1);
        Matcher[] matchers = rules.stream().map(r -> r.pattern().matcher("")).toArray(Matcher[]::new);
        return new RuleMatchers(matchers, new String[n], new String[n][], noBound, new PatternLiterals[n], null);
    }

    @Test
    void firstMatchIsThePatternsOwnAnswerOnRealLines() throws IOException {
        List<String> lines = new ArrayList<>(Ingested.furnitureAndSeedLines());
        lines.add("\u212Aey facts"); // the Kelvin sign: a non-ASCII first character
        Rules rules = Rules.defaults();
        int matched = 0;
        for (Rules.Kind kind : List.of(Rules.Kind.DROP, Rules.Kind.DROP_BLOCK, Rules.Kind.LIST_ITEM,
                Rules.Kind.BOX_ITEM, Rules.Kind.CREDIT, Rules.Kind.PUBLISHED)) {
            List<Rules.Rule> some = rules.of(kind);
            RuleMatchers fast = RuleMatchers.of(some);
            RuleMatchers plain = withoutPrefilters(some);
            for (String line : lines) {
                String p = line.strip();
                Rules.Rule expected = RuleMatchers.firstMatch(some, plain, p);
                assertEquals(expected, RuleMatchers.firstMatch(some, fast, p), kind + ": " + p);
                matched += expected == null ? 0 : 1;
            }
        }
        assertTrue(matched >= 20, "lines some rule matched: " + matched);
    }

    /** A rules file of more than 64 rules has no first-character table: the rules are tried one by one, as well. */
    @Test
    void moreThan64RulesGiveTheSameAnswers() throws IOException {
        List<String> lines = Ingested.furnitureAndSeedLines();
        Rules rules = Rules.defaults();
        List<Rules.Rule> many = new ArrayList<>();
        while (many.size() <= Long.SIZE) {
            for (Rules.Kind kind : List.of(Rules.Kind.DROP, Rules.Kind.LIST_ITEM, Rules.Kind.CREDIT)) {
                many.addAll(rules.of(kind));
            }
        }
        RuleMatchers fast = RuleMatchers.of(many);
        assertNull(fast.byFirstChar());
        RuleMatchers plain = withoutPrefilters(many);
        int matched = 0;
        for (String line : lines) {
            String p = line.strip();
            Rules.Rule expected = RuleMatchers.firstMatch(many, plain, p);
            assertEquals(expected, RuleMatchers.firstMatch(many, fast, p), p);
            matched += expected == null ? 0 : 1;
        }
        assertTrue(matched >= 10, "lines some rule matched: " + matched);
    }
}
