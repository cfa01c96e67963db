package lede.stats;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordsTest {
    @Test
    void ptbTokensWithCodePointOffsetsAndSentences() {
        // "Isn't" is Is + n't; the flag is one token of two code points, so "ok" starts at 15, not 17
        String text = "Isn't Kyiv 🇺🇦 ok?\n\nYes";
        Words.Tokens tokens = Words.tokenize(text);
        assertEquals(List.of("Is 0-2 s0", "n't 2-5 s0", "Kyiv 6-10 s0", "🇺🇦 11-13 s0", "ok 14-16 s0", "? 16-17 s0",
                "Yes 19-22 s1"), tokens.tokens().stream()
                .map(t -> t.text() + " " + t.start() + "-" + t.end() + " s" + t.sentence()).toList());
        assertEquals(2, tokens.sentences());
    }

    @Test
    void blankLineEndsASentenceAsInExtract() {
        // no full stop before the blank line: still two sentences, as extract's ssplit.newlineIsSentenceBreak=two
        assertEquals(2, Words.tokenize("Cat food costs 5 dollars\n\nThe dog ate it").sentences());
        assertEquals(1, Words.tokenize("Cat food costs 5 dollars\nthe dog ate it").sentences());
    }

    @Test
    void agreesWithAPipelineConfiguredLikeExtract() {
        Properties properties = Words.properties();
        properties.setProperty("annotators", "tokenize,ssplit");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        String text = "Mr. Zelensky said: \"Kherson is ours.\" It's 5.93 mln U.S. dollars... Isn't it?\n\n"
                + "Kyiv—Odesa 🇺🇦 ok.\nNext (line) here";
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        Words.Tokens tokens = Words.tokenize(text);
        assertEquals(annotation.get(CoreAnnotations.TokensAnnotation.class).size(), tokens.tokens().size());
        assertEquals(annotation.get(CoreAnnotations.SentencesAnnotation.class).size(), tokens.sentences());
        // Mr. Zelensky said : " Kherson is ours . " (10) | It 's 5.93 mln U.S. dollars ... Is n't it ? (11) |
        // Kyiv — Odesa 🇺🇦 ok . (6) | Next ( line ) here (5): 32 tokens in 4 sentences
        assertEquals(32, tokens.tokens().size());
        assertEquals(4, tokens.sentences());
    }

    @Test
    void wordsHaveALetterOrDigit() {
        assertTrue(Words.isWord("n't"));
        assertTrue(Words.isWord("5.93"));
        assertTrue(Words.isWord("U.S."));
        assertFalse(Words.isWord("..."));
        assertFalse(Words.isWord("🐈"));
        assertFalse(Words.isWord("—"));
        assertEquals("kyiv", Words.fold("KYIV"));
    }
}
