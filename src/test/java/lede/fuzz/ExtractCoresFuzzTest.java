package lede.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import lede.extract.ClauseTense;
import lede.extract.DateAnchoring;
import lede.extract.DateKinds;
import lede.extract.Entity;
import lede.extract.QuantityFinder;
import lede.extract.QuoteFinder;
import lede.testing.HostileText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The extract cores that need no CoreNLP models (quantities, quotes with their speakers, the date rules) on
 * fuzzer-made text: raw, or built by {@link HostileText} from the fuzzer's choices. No exception; every
 * offset inside the text; the text at a mention's offsets is the mention. Crashes found are kept under
 * src/test/resources/lede/fuzz/ExtractCoresFuzzTestInputs/ and replayed in every test run.
 */
class ExtractCoresFuzzTest {
    private static final QuantityFinder QUANTITIES = new QuantityFinder();
    private static final QuoteFinder QUOTES = new QuoteFinder();
    private static final String[] TAGS = {"VBD", "VBN", "VBZ", "VBP", "MD", "VB", "NN", "NNP", "IN", "``", null};

    @FuzzTest(maxDuration = "60s")
    void quantitiesQuotesAndDatesKeepOffsets(FuzzedDataProvider data) {
        String text = data.consumeBoolean()
                ? HostileText.build(bound -> data.consumeInt(0, Math.max(0, bound - 1)), 40)
                : data.consumeString(20_000);
        for (QuantityFinder.Quantity q : QUANTITIES.find(text)) {
            check(q.contextStart() <= q.start() && q.end() <= q.contextEnd() && q.contextEnd() <= text.length(), q);
            check(q.start() >= 0 && q.start() <= q.end() && text.substring(q.start(), q.end()).equals(q.text()), q);
        }
        List<Entity> entities = new ArrayList<>();
        while (!text.isEmpty() && entities.size() < 6 && data.consumeBoolean()) {
            int begin = data.consumeInt(0, text.length() - 1);
            int end = data.consumeInt(begin, Math.min(text.length(), begin + 30));
            entities.add(new Entity(text.substring(begin, end), data.consumeBoolean() ? "PERSON" : "ORGANIZATION",
                    "Canonical", begin, end, 0));
        }
        for (List<QuoteFinder.Quote> quotes : List.of(QUOTES.findWithoutEntities(text), QUOTES.find(text, entities))) {
            for (QuoteFinder.Quote q : quotes) {
                check(q.start() >= 0 && q.start() <= q.end() && q.end() <= text.length(), q);
                check(text.substring(q.start(), q.end()).equals(q.text()), q);
                check(q.mentionText() == null || text.substring(q.mentionStart(), q.mentionEnd()).equals(q.mentionText()), q);
            }
        }
        dateRules(text, data);
    }

    private static void dateRules(String text, FuzzedDataProvider data) {
        List<ClauseTense.Word> words = new ArrayList<>();
        for (String word : text.split(" ", -1)) {
            words.add(new ClauseTense.Word(word, TAGS[data.consumeInt(0, TAGS.length - 1)]));
        }
        int first = data.consumeInt(0, words.size() - 1);
        int end = data.consumeInt(first + 1, words.size());
        ClauseTense.Tense tense = ClauseTense.of(words, first, end);
        String mention = String.join(" ", words.subList(first, end).stream().map(ClauseTense.Word::text).toList());
        String value = data.consumeString(30);
        LocalDate day = LocalDate.ofEpochDay(data.consumeLong(LocalDate.of(1000, 1, 1).toEpochDay(),
                LocalDate.of(2999, 12, 31).toEpochDay()));
        String anchored = DateAnchoring.anchor(mention, value, day, tense);
        check(anchored != null && anchored.isEmpty() == value.isEmpty(), mention + " " + value);
        DateKinds.of(mention, value, first > 0 ? words.get(first - 1).text() : "", end < words.size() ? words.get(end).text() : "");
    }

    private static void check(boolean holds, Object what) {
        if (!holds) {
            throw new AssertionError("offsets broken: " + what);
        }
    }
}
