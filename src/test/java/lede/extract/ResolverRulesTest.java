package lede.extract;

import lede.io.LedeException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules that need no CoreNLP: variants, aliases, chunks, offsets, output names. */
class ResolverRulesTest {
    @Test
    void variantsDifferByOneLetterOrADoubledLetter() {
        assertTrue(EntityResolver.similar("Zelenskyy", "Zelensky"));
        assertTrue(EntityResolver.similar("Zelenskiy", "Zelensky"));
        assertTrue(EntityResolver.similar("Balakliya", "Balakliia"));
        assertTrue(EntityResolver.similar("Kharkov", "Kharkiv"));
        assertTrue(EntityResolver.similar("Mariupol", "Mariupil"));
        assertTrue(EntityResolver.similar("Volodymyr Zelenskyy", "Volodymyr Zelensky"));
        assertFalse(EntityResolver.similar("Kiev", "Kyiv"), "two edits: an alias-table case");
        assertFalse(EntityResolver.similar("Iran", "Ivan"), "shorter than five letters");
        assertFalse(EntityResolver.similar("Ivanov", "Ivanova"), "a trailing a names someone else");
        assertFalse(EntityResolver.similar("Daniel", "Daniels"));
        assertFalse(EntityResolver.similar("Kherson", "Kherson"));
        assertFalse(EntityResolver.similar("Austria", "Australia"));
        assertFalse(EntityResolver.similar("Jordan", "Gordan"), "first letters differ");
    }

    @Test
    void aliasTableMatchesWholeNamesAndWordsByTypeGroup() throws Exception {
        AliasTable table = AliasTable.empty().plus(new ByteArrayInputStream(
                "# comment\nKiev\tKyiv\tLOCATION\n\nZelenskyy\tZelensky\tPERSON\nUSSR\tSoviet Union\n"
                        .getBytes(StandardCharsets.UTF_8)), "test");
        assertEquals("Kyiv", table.resolve("KIEV", "LOCATION"));
        assertEquals("Kyiv Oblast", table.resolve("Kiev Oblast", "LOCATION"));
        assertEquals("Kiev", table.resolve("Kiev", "PERSON"));
        assertEquals("Volodymyr Zelensky", table.resolve("Volodymyr Zelenskyy", "PERSON"));
        assertEquals("Soviet Union", table.resolve("USSR", "ORGANIZATION"), "untyped aliases apply to every type");
        assertEquals("LOCATION", table.typeOf("kyiv"));
        assertEquals(null, table.typeOf("USSR"));
    }

    @Test
    void shippedAliasesHoldTheDomainVariants() {
        AliasTable shipped = AliasTable.shipped();
        assertEquals("Kyiv", shipped.resolve("Kiev", "LOCATION"));
        assertEquals("Kharkiv", shipped.resolve("Kharkov", "LOCATION"));
        assertEquals("Dnipro", shipped.resolve("Dnieper", "LOCATION"));
        assertEquals("Zelensky", shipped.resolve("Zelenskyy", "PERSON"));
        assertEquals("Volodymyr Zelensky", shipped.resolve("Volodymyr Zelenskiy", "PERSON"), "by key");
        assertEquals("Alexander Lukashenko", shipped.resolve("Oleksandr Lukashenka", "PERSON"), "word alias, then key");
        assertEquals("Kyiv", shipped.resolve("KYIV", "LOCATION"), "by key");
        assertEquals("NATO", shipped.resolve("Nato", "ORGANIZATION"));
        assertEquals("United States", shipped.resolve("U.S.", "LOCATION"));
        assertEquals("Izium", shipped.resolve("Izyum", "LOCATION"));
        assertEquals("Balakliia", shipped.resolve("Balakliya", "LOCATION"));
        assertEquals("Zaporizhzhia", shipped.resolve("Zaporizhia", "LOCATION"));
        assertEquals("Kupiansk", shipped.resolve("Kup'yans'k", "LOCATION"));
        assertEquals("Luhansk", shipped.resolve("Lugansk", "LOCATION"));
        assertEquals("Mykolaiv", shipped.resolve("Nikolaev", "LOCATION"));
    }

    @Test
    void aBadAliasLineNamesItsLine() {
        LedeException e = assertThrows(LedeException.class, () -> AliasTable.empty().plus(
                new ByteArrayInputStream("Kiev\tKyiv\nonly-one-field\n".getBytes(StandardCharsets.UTF_8)), "a.tsv"));
        assertEquals("a.tsv:2: expected alias<TAB>canonical[<TAB>type], found 'only-one-field'", e.getMessage());
    }

    @Test
    void chunksBreakAtParagraphsAndCoverTheText() {
        String text = "a".repeat(600) + "\n\n" + "b".repeat(600) + "\n\n" + "c".repeat(300);
        List<int[]> chunks = Chunks.split(text, 1000);
        assertEquals(2, chunks.size());
        assertEquals(602, chunks.get(0)[1]);
        assertEquals(602, chunks.get(1)[0]);
        assertEquals(text.length(), chunks.get(1)[1]);
        String emoji = "😀".repeat(1000); // no break anywhere: never split a surrogate pair
        for (int[] chunk : Chunks.split(emoji, 999)) {
            assertEquals(0, chunk[0] % 2);
            assertEquals(0, chunk[1] % 2);
        }
    }

    @Test
    void codePointOffsets() {
        CodePoints points = new CodePoints("a😀b😀c");
        assertEquals(1, points.of(1));
        assertEquals(2, points.of(3));
        assertEquals(3, points.of(4));
        assertEquals(5, points.of(7));
        assertEquals(7, new CodePoints("plain").of(7));
    }

    @Test
    void outputsAreChosenByNameInFieldOrder() {
        assertEquals(List.of("entities", "dates"), Outputs.names().subList(0, 2));
        assertEquals(List.of("entities"), Outputs.parse(List.of("entities")).stream().map(ExtractOutput::name).toList());
        assertEquals(List.of("entities", "dates"),
                Outputs.parse(List.of("dates,entities")).stream().map(ExtractOutput::name).toList());
        LedeException e = assertThrows(LedeException.class, () -> Outputs.parse(List.of("people")));
        assertTrue(e.getMessage().startsWith("unknown output 'people' for --only; choose from entities, dates"));
        assertEquals(java.util.EnumSet.of(Analysis.NAMES), Outputs.needs(Outputs.parse(List.of("entities"))));
        assertEquals(java.util.EnumSet.allOf(Analysis.class), Outputs.needs(Outputs.parse(List.of("dates"))));
    }

    @Test
    void documentDateComesFromAnIsoDateOrDateTime() {
        assertEquals("1987-02-26", Extractor.documentDate("1987-02-26T15:01:01"));
        assertEquals("2022-09-09", Extractor.documentDate("2022-09-09"));
        assertEquals(null, Extractor.documentDate("9 September 2022"));
        assertEquals(null, Extractor.documentDate(null));
    }
}
