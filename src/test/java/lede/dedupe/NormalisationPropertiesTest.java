package lede.dedupe;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NormalisationPropertiesTest {
    private static final String[] SEPARATORS = {" ", "  ", "\n", "\n\n", ", ", " \u2014 ", " - ", "\u2013", "; ",
            ". ", "\t", "\u00a0", " \u201c", "\u201d ", " \"", "\" ", "'", "\u2019", "\u2018", "!", "?", " (", ") "};

    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9).list().ofMinSize(1)
                .ofMaxSize(60);
    }

    /** Case, whitespace, punctuation, quote and dash styles never change a text's exact hash. */
    @Property(tries = 300)
    void exactHashIgnoresStyle(@ForAll("words") List<String> words, @ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder styled = new StringBuilder();
        for (String word : words) {
            styled.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            styled.append(random.nextBoolean() ? word.toUpperCase() : word);
        }
        styled.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
        assertEquals(hash(String.join(" ", words)), hash(styled.toString()), styled.toString());
    }

    private static long hash(String text) {
        Tokens tokens = new Tokens();
        tokens.read(text);
        return tokens.exactHash();
    }
}
