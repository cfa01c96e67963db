package lede.dedupe;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TokensTest {
    static long hash(String text) {
        Tokens tokens = new Tokens();
        tokens.read(text);
        return tokens.exactHash();
    }

    static int count(String text) {
        Tokens tokens = new Tokens();
        tokens.read(text);
        return tokens.count();
    }

    @Test
    void exactModeIgnoresCaseWhitespacePunctuationQuoteAndDashStyles() {
        assertEquals(hash("Don't - stop, \"now\"."), hash("  DON\u2019T\u2014stop \u201cnow\u201d\n\n"));
        assertEquals(hash("the \ufb01nance minister"), hash("The finance Minister")); // NFKC: ligature fi
        assertEquals(hash("\uff2b\uff59\uff49\uff56 2022"), hash("kyiv 2022")); // NFKC: full-width letters
        assertNotEquals(hash("Kyiv 2022"), hash("Kyiv 2023"));
        assertNotEquals(hash("one two"), hash("two one"));
        assertEquals(4, count("Don’t—stop “now”!")); // don, t, stop, now
        assertEquals(2, count("नमस्ते दुनिया")); // combining marks stay inside a word
        assertEquals(0, count(" \u2014 ... "));
    }

    @Test
    void minHashEstimateIsCloseToTheTrueJaccard() {
        // two texts of 400 distinct words sharing a run of 300: 5-shingles 396 each, 296 shared
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            a.append("w").append(i).append(' ');
            b.append("w").append(i < 300 ? i : 1000 + i).append(' ');
        }
        Signer signer = new Signer(5, 128);
        char[] x = signer.sign(signer.tokens(a.toString()));
        char[] y = signer.sign(signer.tokens(b.toString()));
        double truth = 296.0 / (396 + 396 - 296);
        double estimate = Signer.similarity(x, 0, y, 0, 128);
        assertEquals(truth, estimate, 0.1, "estimate " + estimate);
    }
}
