package lede.extract;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private static final String SYNTAX_CHARS = "\\[]()*+?|^${}";

    record Entry(String type, Set<String> overwrites, double priority) {
        boolean canReplace(String current) {
            return overwrites.contains(current)
                    || ((current.equals("O") || current.equals("MISC")) && !type.equals("CITY"));
        }
    }

    private static final String CACHE_FILE = "fine-types.lede-cache";
    /** Bump when the cached layout changes. */
    private static final int CACHE_FORMAT = 1;

    // package-private: the tests compare the cached maps with the parsed ones
    final Map<String, Entry> cased = new HashMap<>();
    final Map<String, Entry> caseless = new HashMap<>(1 << 20); // 553,000 names: no rehashing while loading
    /** Whether the maps came from the cache. */
    final boolean fromCache;

    private static final class Holder {
        static final FineTypeLookup INSTANCE = new FineTypeLookup();
    }

    static FineTypeLookup get() {
        return Holder.INSTANCE;
    }

    private FineTypeLookup() {
        this(ModelCache.standard());
    }

    /**
     * The lists from {@code cache} when it holds them: parsing their 580,000 lines took longer than loading any
     * CoreNLP model (1.5 s of CPU), reading the parsed maps back a fraction of that. Else parsed, then cached.
     */
    FineTypeLookup(ModelCache cache) {
        String cased = ModelCache.resourceId(GAZETTEERS.substring(1) + "regexner_cased.tab");
        String caseless = ModelCache.resourceId(GAZETTEERS.substring(1) + "regexner_caseless.tab");
        String key = cased == null || caseless == null ? null : "fine types " + CACHE_FORMAT + "; " + cased + "; " + caseless;
        ByteBuffer cached = key == null ? null : cache.read(CACHE_FILE, key);
        fromCache = cached != null && readCached(cached);
        if (fromCache) {
            return;
        }
        load("regexner_cased.tab", this.cased, false);
        load("regexner_caseless.tab", this.caseless, true);
        if (key != null) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 << 20);
                DataOutputStream out = new DataOutputStream(bytes);
                writeMap(out, this.cased);
                writeMap(out, this.caseless);
                out.flush();
                cache.write(CACHE_FILE, key, bytes.toByteArray());
            } catch (IOException e) {
                // no cache, then
            }
        }
    }

    private boolean readCached(ByteBuffer cached) {
        try {
            readMap(cached, cased);
            readMap(cached, caseless);
            return true;
        } catch (RuntimeException e) {
            cased.clear(); // damaged past the checksum: parse the lists as before
            caseless.clear();
            return false;
        }
    }

    /** A map as its distinct entries, its names and each name's entry. */
    private static void writeMap(DataOutputStream out, Map<String, Entry> map) throws IOException {
        Map<Entry, Integer> distinct = new LinkedHashMap<>();
        map.values().forEach(entry -> distinct.putIfAbsent(entry, distinct.size()));
        out.writeInt(distinct.size());
        for (Entry entry : distinct.keySet()) {
            out.writeUTF(entry.type);
            out.writeUTF(String.join(",", entry.overwrites));
            out.writeDouble(entry.priority);
        }
        ModelCache.writeStrings(out, map.keySet());
        ModelCache.writeInts(out, map.values().stream().mapToInt(distinct::get).toArray());
    }

    private static void readMap(ByteBuffer in, Map<String, Entry> into) {
        Entry[] entries = new Entry[in.getInt()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new Entry(utf(in), Set.of(utf(in).split(",")), in.getDouble());
        }
        String[] names = ModelCache.readStrings(in);
        int[] which = ModelCache.ints(in, names.length);
        for (int i = 0; i < names.length; i++) {
            into.put(names[i], entries[which[i]]);
        }
    }

    /** A string as DataOutputStream.writeUTF wrote it (the types and overwrites are ASCII). */
    private static String utf(ByteBuffer in) {
        byte[] bytes = new byte[in.getShort() & 0xffff];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void load(String file, Map<String, Entry> into, boolean lowerCase) {
        // 580,000 lines, read while the models load: split only the lines of kept types, and share the
        // few distinct entries (type, overwrites, priority) instead of making one per line
        Map<String, Entry> entries = new HashMap<>();
        try (InputStream in = FineTypeLookup.class.getResourceAsStream(GAZETTEERS + file)) {
            if (in == null) {
                throw new IllegalStateException("CoreNLP models jar lacks " + GAZETTEERS + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                int typeEnd = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
                if (typeEnd < 0 || !KEPT.contains(line.substring(tab + 1, typeEnd))) {
                    continue;
                }
                String rest = line.substring(tab + 1);
                Entry entry = entries.computeIfAbsent(rest, FineTypeLookup::entry);
                if (entry == null) {
                    continue;
                }
                for (String literal : literals(line.substring(0, tab))) {
                    String key = lowerCase ? literal.toLowerCase(Locale.ROOT) : literal;
                    Entry old = into.get(key);
                    if (old == null || entry.priority > old.priority) {
                        into.put(key, entry);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** An entry from the columns after the pattern: type, overwritable types, optional priority (null: no overwrites column). */
    private static Entry entry(String columns) {
        String[] fields = columns.split("\t");
        if (fields.length < 2) {
            return null;
        }
        double priority = fields.length > 2 ? Double.parseDouble(fields[2]) : 0;
        return new Entry(fields[0], Set.of(fields[1].split(",")), priority);
    }

    /**
     * The strings a list pattern matches when it is a literal with the simple regex forms the lists use
     * ({@code U\\.S\\.}, {@code Calif\\.?}, {@code P[Aa]}); empty for any other regex (URLs and the like).
     */
    static List<String> literals(String pattern) {
        if (plain(pattern)) {
            return List.of(pattern); // most lines: a name with no regex syntax
        }
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
            } else if (SYNTAX_CHARS.indexOf(c) >= 0) {
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

    /** True when the pattern has none of the regex syntax above (a '.' the lists mean literally). */
    private static boolean plain(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (SYNTAX_CHARS.indexOf(pattern.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
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
