package lede.stats;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/*
 * words.ndjson as word tokens (punctuation and the cat emoji are not words and break n-grams, so do sentences):
 *   w1 The cat sat on the mat | The cat ran
 *   w2 A dog and a cat | Dogs bark
 *   w3 Cat food (🐈) costs 5 dollars | The dog ate it
 *   w4 No date here (,) cat
 */
class NgramsReportTest {
    @Test
    void wordsWithoutStopwordsCaseFoldedShownInTheCommonForm() {
        // with the en list: cat 2 (w1) + 1 (w2) + 1 (w3, "Cat") + 1 (w4) = 5 in 4 documents, shown "cat" (4 to 1);
        // dog 1 (w2) + 1 (w3) = 2 in 2; then once each by key: 5, ate, bark, costs, date, dogs, ...
        assertEquals(List.of(
                "{\"ngram\":\"cat\",\"count\":5,\"documents\":4}",
                "{\"ngram\":\"dog\",\"count\":2,\"documents\":2}",
                "{\"ngram\":\"5\",\"count\":1,\"documents\":1}",
                "{\"ngram\":\"ate\",\"count\":1,\"documents\":1}"),
                Fixtures.json(Fixtures.rows("words.ndjson", new NgramsReport(1, 1, Stopwords.named("en"), 4))));
        // --min 2 keeps cat and dog only
        assertEquals(2, Fixtures.rows("words.ndjson", new NgramsReport(1, 2, Stopwords.named("en"), 0)).size());
    }

    @Test
    void bigramsWithAndWithoutStopwords() {
        // none: "the cat" twice in w1 ("The cat" both times); 20 distinct bigrams in all:
        // w1 the cat, cat sat, sat on, on the, the mat, cat ran; w2 a dog, dog and, and a, a cat, dogs bark;
        // w3 cat food, costs 5, 5 dollars, the dog, dog ate, ate it; w4 no date, date here  -> 19 + "the cat" = 20 keys
        List<String> none = Fixtures.json(Fixtures.rows("words.ndjson", new NgramsReport(2, 1, Set.of(), 0)));
        assertEquals(19, none.size());
        assertEquals("{\"ngram\":\"The cat\",\"count\":2,\"documents\":1}", none.get(0));
        assertEquals("{\"ngram\":\"5 dollars\",\"count\":1,\"documents\":1}", none.get(1));
        // en: a bigram starting or ending with a stopword is dropped
        assertEquals(List.of("5 dollars", "Cat food", "cat ran", "cat sat", "costs 5", "dog ate", "Dogs bark"),
                Fixtures.rows("words.ndjson", new NgramsReport(2, 1, Stopwords.named("en"), 0)).stream()
                        .map(r -> r.get("ngram").asText()).toList());
    }

    @Test
    void trigramsStayInsideSentences() {
        // w1: the cat sat, cat sat on, sat on the, on the mat | the cat ran  -> 5; w2: a dog and, dog and a,
        // and a cat -> 3; w3: costs 5 dollars, the dog ate, dog ate it -> 3 ("cat food costs" is broken by 🐈);
        // w4: no date here -> 1.  12 in all, 12 distinct
        assertEquals(12, Fixtures.rows("words.ndjson", new NgramsReport(3, 1, Set.of(), 0)).size());
        assertEquals(12, Fixtures.rows("words.ndjson", new NgramsReport(3, 1, Set.of(), 0),
                d -> true, 2).size());
    }

    @Test
    void nOutOfRange() {
        assertThrows(lede.io.LedeException.class, () -> new NgramsReport(6, 1, Set.of(), 0));
    }
}
