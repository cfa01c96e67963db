package lede.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fine-grained types for places and nationalities from CoreNLP's own lists (the KBP gazetteers its
 * fine-grained NER step matches with TokensRegex over every token), looked up by hash for each mention
 * instead. The overwrite rules are CoreNLP's: an entry replaces a mention's type when its overwrite column
 * names that type, or the mention is MISC (or untagged) and the entry is not a CITY.
 */
final class FineTypeLookup {
    static final String GAZETTEERS = "/edu/stanford/nlp/models/kbp/english/gazetteers/";
    /** The fine types lede takes from the lists; TITLE, CAUSE_OF_DEATH and the like are too noisy on news. */
    static final Set<String> KEPT = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY", "RELIGION",
            "IDEOLOGY");
    /** The types an untagged, capitalised word sequence may take (names the CRF missed). */
    static final Set<String> FOR_UNTAGGED = Set.of("COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY");
    static final int LONGEST = 4;

    private static final Pattern REGEX_SYNTAX = Pattern.compile("[\\\\\\[\\]()*+?|^${}]");

    record Entry(String type, Set<String> overwrites, double priority) {
        boolean canReplace(String current) {
            return overwrites.contains(current)
                    || ((current.equals("O") || current.equals("MISC")) && !type.equals("CITY"));
        }
    }

    private final Map<String, Entry> cased = new HashMap<>();
    private final Map<String, Entry> caseless = new HashMap<>();

    private static final class Holder {
        static final FineTypeLookup INSTANCE = new FineTypeLookup();
    }

    static FineTypeLookup get() {
        return Holder.INSTANCE;
    }

    private FineTypeLookup() {
        load("regexner_cased.tab", cased, false);
        load("regexner_caseless.tab", caseless, true);
    }

    private static void load(String file, Map<String, Entry> into, boolean lowerCase) {
        try (InputStream in = FineTypeLookup.class.getResourceAsStream(GAZETTEERS + file)) {
            if (in == null) {
                throw new IllegalStateException("CoreNLP models jar lacks " + GAZETTEERS + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split("\t");
                if (fields.length < 3 || !KEPT.contains(fields[1])) {
                    continue;
                }
                double priority = fields.length > 3 ? Double.parseDouble(fields[3]) : 0;
                Entry entry = new Entry(fields[1], Set.of(fields[2].split(",")), priority);
                for (String literal : literals(fields[0])) {
                    String key = lowerCase ? literal.toLowerCase(Locale.ROOT) : literal;
                    Entry old = into.get(key);
                    if (old == null || priority > old.priority) {
                        into.put(key, entry);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /**
     * The strings a list pattern matches when it is a literal with the simple regex forms the lists use
     * ({@code U\\.S\\.}, {@code Calif\\.?}, {@code P[Aa]}); empty for any other regex (URLs and the like).
     */
    static List<String> literals(String pattern) {
        List<StringBuilder> variants = new ArrayList<>(List.of(new StringBuilder()));
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            List<String> choices;
            if (c == '\\' && i + 1 < pattern.length()) {
                choices = List.of(String.valueOf(pattern.charAt(++i)));
            } else if (c == '[') {
                int close = pattern.indexOf(']', i);
                String members = close < 0 ? "" : pattern.substring(i + 1, close);
                if (members.isEmpty() || REGEX_SYNTAX.matcher(members).find() || members.contains("-")) {
                    return List.of();
                }
                choices = members.chars().mapToObj(ch -> String.valueOf((char) ch)).toList();
                i = close;
            } else if (REGEX_SYNTAX.matcher(String.valueOf(c)).matches()) {
                return List.of();
            } else {
                choices = List.of(String.valueOf(c));
            }
            boolean optional = i + 1 < pattern.length() && pattern.charAt(i + 1) == '?';
            if (optional) {
                i++;
            }
            List<StringBuilder> next = new ArrayList<>();
            for (StringBuilder variant : variants) {
                if (optional) {
                    next.add(new StringBuilder(variant));
                }
                for (String choice : choices) {
                    next.add(new StringBuilder(variant).append(choice));
                }
            }
            if (next.size() > 16) {
                return List.of();
            }
            variants = next;
        }
        return variants.stream().map(StringBuilder::toString).toList();
    }

    /** The fine type for a mention's words (joined by single spaces) of the given type, or null. */
    String fineType(String words, String current) {
        Entry entry = cased.get(words);
        if (entry == null || !entry.canReplace(current)) {
            entry = caseless.get(words.toLowerCase(Locale.ROOT));
        }
        return entry != null && entry.canReplace(current) ? entry.type : null;
    }

    /** The type for untagged words, or null: only country, state and nationality names, capitalised. */
    String untaggedType(List<String> words) {
        if (words.isEmpty() || !Character.isUpperCase(words.get(0).codePointAt(0))) {
            return null;
        }
        String type = fineType(String.join(" ", words), "O");
        return type != null && FOR_UNTAGGED.contains(type) ? type : null;
    }
}
