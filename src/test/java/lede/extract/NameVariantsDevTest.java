package lede.extract;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-made development lists (name-variants.tsv): spellings of one entity must end with one name, look-alike
 * entities with different names, after the per-mention rules of extract and the corpus pass of stats and export.
 * Prints the figures scripts/bench/extract-quality reports.
 */
class NameVariantsDevTest {
    private record Name(String text, String type, int mentions) {
    }

    private record Line(boolean same, String corpus, List<Name> names, String raw) {
    }

    private static List<Line> lines() throws Exception {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NameVariantsDevTest.class.getResourceAsStream("/lede/extract/name-variants.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                List<Name> names = new ArrayList<>();
                for (String name : fields[2].split("; ")) {
                    String[] parts = name.split("\\|");
                    names.add(new Name(parts[0], parts[1], Integer.parseInt(parts[2])));
                }
                lines.add(new Line(fields[0].equals("same"), fields[1], names, line));
            }
        }
        return lines;
    }

    /** What extract makes of a mention alone: its name span, then its name before the document has a say. */
    private static String extracted(Name name) {
        String group = TypeGroups.group(name.type());
        int[] span = NameRules.nameSpan(name.text(), group);
        return EntityResolver.nameAlone(name.text().substring(span[0], span[1]), group, AliasTable.shipped());
    }

    @Test
    void variantsMeetAndLookAlikesStayApart() throws Exception {
        List<Line> lines = lines();
        Map<String, CorpusNames> corpora = new LinkedHashMap<>();
        for (Line line : lines) {
            CorpusNames names = corpora.computeIfAbsent(line.corpus(), k -> new CorpusNames(AliasTable.shipped()));
            for (Name name : line.names()) {
                names.add(extracted(name), name.type(), name.mentions());
            }
        }
        Map<String, CorpusNames.Rewrites> rewrites = new LinkedHashMap<>();
        corpora.forEach((corpus, names) -> rewrites.put(corpus, names.rewrites()));
        int sets = 0;
        int merged = 0;
        int pairs = 0;
        int apart = 0;
        List<String> misses = new ArrayList<>();
        for (Line line : lines) {
            Set<String> finals = new HashSet<>();
            for (Name name : line.names()) {
                finals.add(rewrites.get(line.corpus()).of(extracted(name), name.type()));
            }
            if (line.same()) {
                sets++;
                merged += finals.size() == 1 ? 1 : 0;
            } else {
                pairs++;
                apart += finals.size() == line.names().size() ? 1 : 0;
            }
            if (line.same() != (finals.size() == 1)) {
                misses.add(line.raw() + " -> " + finals);
            }
        }
        System.out.printf("names: variant sets merged %d/%d (%.1f %%), look-alike pairs apart %d/%d (%.1f %%)%n",
                merged, sets, 100.0 * merged / sets, apart, pairs, 100.0 * apart / pairs);
        misses.forEach(m -> System.out.println("names: missed " + m));
        assertEquals(pairs, apart, "every look-alike pair apart: " + misses);
        assertTrue(merged >= 0.95 * sets, "at least 95 % of the variant sets merged: " + misses);
    }
}
