package lede.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The unit table (resource {@code lede/extract/units.tsv}): unit phrases after a number, their kind and the
 * factor that converts them to the normalised unit (km², km, t, l, ISO currency, ...).
 */
public final class Units {
    /** One unit phrase: {@code value * factor} is the amount in {@code unit}. */
    public record Unit(String phrase, String kind, double factor, String unit) {
    }

    private static final Units DEFAULT = load();

    private final Map<String, Unit> byPhrase;
    private final int longestPhraseWords;

    private Units(Map<String, Unit> byPhrase, int longestPhraseWords) {
        this.byPhrase = byPhrase;
        this.longestPhraseWords = longestPhraseWords;
    }

    public static Units defaults() {
        return DEFAULT;
    }

    /** The unit named by the phrase (words lower-cased, joined by one space), or null. */
    public Unit lookup(String phrase) {
        return byPhrase.get(phrase.toLowerCase(Locale.ROOT));
    }

    /** The longest unit phrase made of the first 1..n of these words, or null. */
    public Unit longestMatch(List<String> words) {
        for (int n = Math.min(longestPhraseWords, words.size()); n >= 1; n--) {
            Unit unit = lookup(String.join(" ", words.subList(0, n)));
            if (unit != null) {
                return unit;
            }
        }
        return null;
    }

    public static int wordCount(Unit unit) {
        return unit.phrase().split(" ").length;
    }

    private static Units load() {
        Map<String, Unit> map = new HashMap<>();
        int longest = 1;
        try (InputStream in = Units.class.getResourceAsStream("/lede/extract/units.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource lede/extract/units.tsv is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4) {
                    throw new IllegalStateException("units.tsv: expected 4 columns: " + line);
                }
                String phrase = f[0].toLowerCase(Locale.ROOT);
                map.put(phrase, new Unit(phrase, f[1], Double.parseDouble(f[2]), f[3]));
                longest = Math.max(longest, phrase.split(" ").length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Units(Map.copyOf(map), longest);
    }
}
