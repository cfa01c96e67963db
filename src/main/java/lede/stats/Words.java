package lede.stats;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The word tokenizer every word report uses: CoreNLP's {@link TokenizerAnnotator} (which also splits
 * sentences) with default English properties and the one setting {@code lede extract} adds, a blank line ends
 * a sentence ({@code ssplit.newlineIsSentenceBreak=two}), so token and sentence counts agree with the
 * {@code tokens} and {@code sentences} fields extract writes. Needs no models.
 */
public final class Words {
    /** One token: its text as written, code-point offsets into the document text, its sentence (0-based). */
    public record Token(String text, int start, int end, int sentence) {
        public boolean isWord() {
            return Words.isWord(text);
        }

        public String folded() {
            return fold(text);
        }
    }

    /** The tokens of a text and its number of sentences. */
    public record Tokens(List<Token> tokens, int sentences) {
    }

    // The annotator keeps no per-call state, but one per thread costs nothing and needs no proof.
    private static final ThreadLocal<TokenizerAnnotator> TOKENIZER =
            ThreadLocal.withInitial(() -> new TokenizerAnnotator(false, properties()));

    /** The tokenizer settings, the same as extract's pipeline uses for tokenize and ssplit. */
    static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("tokenize.language", "en");
        properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return properties;
    }

    private Words() {
    }

    /**
     * Tokenizes one short sentence, so that CoreNLP's class initialisers (its lexer unpacks tables of some
     * megabytes) have run before the first document comes: a command starts this on a second thread while
     * it builds its command line. Class initialisation is once per JVM, whichever thread does it.
     */
    public static void warmUp() {
        tokenize("Kyiv said on Monday.");
    }

    public static Tokens tokenize(String text) {
        if (text == null || text.isEmpty()) {
            return new Tokens(List.of(), 0);
        }
        Annotation annotation = new Annotation(text);
        TOKENIZER.get().annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<Token> tokens = new ArrayList<>();
        int charPos = 0;
        int codePointPos = 0;
        int sentenceIndex = 0;
        for (CoreMap sentence : sentences) {
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                int begin = label.beginPosition();
                int end = label.endPosition();
                codePointPos += text.codePointCount(charPos, begin);
                int startCp = codePointPos;
                codePointPos += text.codePointCount(begin, end);
                charPos = end;
                tokens.add(new Token(text.substring(begin, end), startCp, codePointPos, sentenceIndex));
            }
            sentenceIndex++;
        }
        return new Tokens(tokens, sentences.size());
    }

    /** A word holds at least one letter or digit; punctuation and symbols do not count as words. */
    public static boolean isWord(String token) {
        for (int i = 0; i < token.length(); ) {
            int c = token.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Case folding for frequency lists: "The" and "the" count as one word. */
    public static String fold(String token) {
        return token.toLowerCase(Locale.ROOT);
    }
}
