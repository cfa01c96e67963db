package lede.cli;

import lede.Lede;
import lede.io.BadOptionException;
import lede.io.OptionCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every numeric and date option of every command refuses values outside its range: exit 2, one line, the range. */
class OptionValuesTest {
    @TempDir
    Path dir;

    /** command words, then the option and a value it must refuse, then the start of the message. */
    static final List<String[]> BAD = List.of(
            new String[]{"stats kwic --regex x", "--width", "2147483647", "--width must be between 0 and 10000, not 2147483647"},
            new String[]{"stats kwic --regex x", "--width", "-1", "--width must be between 0 and 10000, not -1"},
            new String[]{"stats kwic x", "--top", "-1", "--top must be 0 (no limit) or more, not -1"},
            new String[]{"stats entities", "--top", "-1", "--top must be 0 (no limit) or more, not -1"},
            new String[]{"stats quotes", "--top", "-5", "--top must be 0 (no limit) or more, not -5"},
            new String[]{"stats cooccur", "--top", "-1", "--top must be 0 (no limit) or more, not -1"},
            new String[]{"stats cooccur", "--min", "0", "--min must be between 1 and 9223372036854775807, not 0"},
            new String[]{"stats ngrams", "--n", "6", "--n must be between 1 and 5, not 6"},
            new String[]{"stats ngrams", "--min", "-3", "--min must be between 1 and 9223372036854775807, not -3"},
            new String[]{"stats ngrams", "--top", "-1", "--top must be 0 (no limit) or more, not -1"},
            new String[]{"stats collocations cat", "--window", "0", "--window must be between 1 and 100, not 0"},
            new String[]{"stats collocations cat", "--min", "0", "--min must be between 1 and 9223372036854775807, not 0"},
            new String[]{"stats keyness -w x=1", "--min-ll", "-1", "--min-ll must be between 0.0 and 1.0E9, not -1.0"},
            new String[]{"stats keyness -w x=1", "--min-ll", "NaN", "--min-ll must be between 0.0 and 1.0E9, not NaN"},
            new String[]{"stats keyness -w x=1", "--top", "-1", "--top must be 0 (no limit) or more, not -1"},
            new String[]{"stats count", "--threads", "0", "--threads must be between 1 and 1024, not 0"},
            new String[]{"stats entities", "--threads", "100000", "--threads must be between 1 and 1024, not 100000"},
            new String[]{"ingest", "--since", "2022-13-45", "--since must be a day YYYY-MM-DD between 1000-01-01 and 2999-12-31, not 2022-13-45"},
            new String[]{"ingest", "--until", "2022-02-30", "--until must be a day YYYY-MM-DD between 1000-01-01 and 2999-12-31, not 2022-02-30"},
            new String[]{"ingest", "--since", "0999-12-31", "--since must be a day YYYY-MM-DD between 1000-01-01 and 2999-12-31, not 0999-12-31"},
            new String[]{"ingest", "--since", "yesterday", "--since must be a day YYYY-MM-DD between 1000-01-01 and 2999-12-31, not yesterday"},
            new String[]{"ingest", "--min-chars", "-1", "--min-chars must be between 0 and 2147483647, not -1"},
            new String[]{"ingest", "--threads", "0", "--threads must be between 1 and 1024, not 0"},
            new String[]{"extract", "--threads", "-2", "--threads must be between 1 and 1024, not -2"},
            new String[]{"extract", "--max-chars", "999", "--max-chars must be between 1000 and 2147483647, not 999"},
            new String[]{"dedupe", "--threshold", "1.5", "--threshold must be above 0 and at most 1, not 1.5"},
            new String[]{"dedupe", "--threshold", "NaN", "--threshold must be above 0 and at most 1, not NaN"},
            new String[]{"dedupe", "--shingle", "0", "--shingle must be between 1 and 20, not 0"},
            new String[]{"dedupe", "--permutations", "2000", "--permutations must be between 16 and 1024, not 2000"},
            new String[]{"dedupe", "--window", "-1", "--window must be between 0 and 36500, not -1"},
            new String[]{"dedupe", "--min-docs", "1", "--min-docs must be between 2 and 2147483647, not 1"},
            new String[]{"dedupe", "--threads", "0", "--threads must be between 1 and 1024, not 0"});

    @Test
    void everyOutOfRangeValueIsRefusedWithItsRange() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.ndjson"));
        for (String[] bad : BAD) {
            List<String> args = new ArrayList<>(List.of(bad[0].split(" ")));
            args.add(bad[1]);
            args.add(bad[2]);
            args.add(empty.toString());
            StringWriter err = new StringWriter();
            int status = Lede.commandLine().setErr(new PrintWriter(err, true)).execute(args.toArray(String[]::new));
            String command = "lede " + bad[0].split(" ")[0] + (bad[0].startsWith("stats") ? " " + bad[0].split(" ")[1] : "");
            assertEquals(command + ": " + bad[3] + System.lineSeparator(), err.toString(), String.join(" ", args));
            assertEquals(2, status, String.join(" ", args));
        }
    }

    @Test
    void theEndsOfEachRangeAreAllowed() {
        assertEquals(1, OptionCheck.between("--n", 1, 1, 5));
        assertEquals(5, OptionCheck.between("--n", 5, 1, 5));
        assertEquals(0, OptionCheck.limit("--top", 0));
        assertEquals(1024, OptionCheck.threads("--threads", 1024));
        assertEquals(null, OptionCheck.threads("--threads", null));
        assertEquals("1000-01-01", OptionCheck.day("--since", "1000-01-01").toString());
        assertEquals("2024-02-29", OptionCheck.day("--since", "2024-02-29").toString());
        assertThrows(BadOptionException.class, () -> OptionCheck.day("--since", "2023-02-29"));
        assertThrows(BadOptionException.class, () -> OptionCheck.between("--x", Double.POSITIVE_INFINITY, 0, 1e9));
    }

    @Test
    void everyDayOfFourYearsIsADayAndNoOtherMonthDayIs() {
        // the class: all 31 x 13 month-day pairs in a leap year and in a common year
        for (int year : new int[]{2023, 2024}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = String.format("%d-%02d-%02d", year, month, day);
                    boolean real = month >= 1 && month <= 12 && day >= 1
                            && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
                    if (real) {
                        assertEquals(text, OptionCheck.day("--since", text).toString());
                    } else {
                        assertThrows(BadOptionException.class, () -> OptionCheck.day("--since", text), text);
                    }
                }
            }
        }
    }

    @Test
    void aGoodValueStillRuns() throws IOException {
        Path empty = Files.createFile(dir.resolve("none.ndjson"));
        StringWriter err = new StringWriter();
        assertEquals(0, Lede.commandLine().setErr(new PrintWriter(err, true)).execute(
                "stats", "kwic", "--regex", "x", "--width", "10000", "--top", "0", "-o",
                dir.resolve("o.ndjson").toString(), empty.toString()));
        assertTrue(err.toString().isEmpty(), err.toString());
    }
}
