package lede.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TableTest {
    @Test
    void alignedWithABarForCountsOverTime() {
        Table table = new Table();
        Fixtures.rows("words.ndjson", new CountReport(List.of("month"))).forEach(table);
        // documents 2, 1, 1 against a maximum of 2: 20 characters, 10, 10
        assertEquals("""
                month    documents  tokens  sentences  characters
                2022-09          2      20          4          63  ████████████████████
                2022-10          1      12          2          44  ██████████
                -                1       6          1          18  ██████████
                """, table.render());
    }

    @Test
    void fractionsAndEighthBars() {
        assertEquals("████▌", Table.bar(9, 40)); // 9/40 of 20 characters = 4.5 = 4 full and 4 eighths
        assertEquals("", Table.bar(0, 40));
        Table table = new Table();
        Fixtures.rows("words.ndjson", new CollocationsReport("cat", 2, CollocationsReport.Measure.LOGDICE, 2, 0))
                .forEach(table);
        assertEquals("""
                term  collocate  joint  count  logdice
                cat   The            2      4   12.830
                """, table.render());
    }
}
