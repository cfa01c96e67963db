package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.extract.AliasTable;
import lede.extract.CorpusRenaming;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** stats quotes on the five extracted seeds after the corpus names pass, as `lede stats quotes` runs it. */
class SeedsSpeakersTest {
    private static List<ObjectNode> renamed;

    @BeforeAll
    static void extractAndRename() {
        List<ObjectNode> copies = new ArrayList<>();
        ExtractedSeeds.documents().forEach(d -> copies.add(d.deepCopy()));
        try (CorpusRenaming pass = CorpusRenaming.of(copies.iterator(), AliasTable.shipped())) {
            renamed = new ArrayList<>();
            pass.forEachRemaining(renamed::add);
        }
    }

    private static List<String> rows(QuotesReport report, String... fields) {
        List<ObjectNode> rows = new ArrayList<>();
        Report.run(renamed, report, rows::add);
        return rows.stream().map(r -> {
            StringBuilder row = new StringBuilder();
            for (String field : fields) {
                row.append(row.length() > 0 ? " | " : "").append(r.path(field).asText());
            }
            return row.toString();
        }).toList();
    }

    /*
     * Seed 001: '"Obviously we've seen a lot of progress ...," US Secretary of State Anthony Blinken told a news
     * conference Monday in Mexico, but "it's too early to know exactly where this is going."' Both quotes were
     * credited to "US Secretary of State Anthony Blinken", apart from seed 004's Antony Blinken. Now his entity
     * names him: the alias table's "Antony Blinken". The next two quotes follow with "he noted" and "he added"
     * (the second of them, after the Prosecutor General's Office, is a guess the pronoun rule gets wrong).
     */
    @Test
    void blinkenSpeaksUnderOneNameWithoutHisTitle() {
        assertEquals(List.of(
                        "Antony Blinken | Obviously we've seen a lot of progress from the Ukrainians, particularly in the northeast,",
                        "Antony Blinken | it's too early to know exactly where this is going.",
                        "Antony Blinken | The Russians deploy very large forces in Ukraine, equipment, weapons and ammunition, "
                                + "and continue to use them indiscriminately not only against the Ukrainian armed forces, "
                                + "but against civilians and civilian infrastructure,",
                        "Antony Blinken | The preliminary investigation indicates that the Russian soldiers killed the victims "
                                + "during the occupation of the village,"),
                rows(new QuotesReport("Blinken", 0), "speaker", "text"));
        List<String> speakers = rows(new QuotesReport(null, 0), "speaker", "quotes");
        assertEquals(List.of(), speakers.stream().filter(s -> s.contains("Secretary")).toList());
        assertEquals(List.of("Volodymyr Zelensky | 8", "Antony Blinken | 4"), speakers.subList(0, 2));
    }

    /* Seed 001's "senior US officer" told AFP, and "He added that ..." in the next paragraph: one nominal source. */
    @Test
    void aNominalSourceKeepsTheQuoteItsPronounAdds() {
        assertEquals("a senior US officer | 2", rows(new QuotesReport(null, 0), "speaker", "quotes").stream()
                .filter(s -> s.startsWith("a senior US officer")).findFirst().orElseThrow());
    }
}
