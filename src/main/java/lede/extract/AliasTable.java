package lede.extract;

import lede.io.LedeException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Spelling and transliteration variants and the one name they stand for (Kiev → Kyiv). A TSV table:
 * {@code alias<TAB>canonical[<TAB>type]}, one per line, {@code #} comments and blank lines ignored. Aliases
 * match whole mentions, ignoring case, and also single words inside longer names ("Kiev Oblast" →
 * "Kyiv Oblast"); a canonical name that is itself an alias leads on ("Zelenskyy" → "Zelensky" →
 * "Volodymyr Zelensky"). With a type (PERSON, ORGANIZATION, LOCATION or any place type, MISC) an alias
 * applies only to mentions of that type group, and a name of that group with the same
 * {@link NameRules#key key} as a canonical name takes it ("KYIV" → "Kyiv", "Oleksandr Lukashenko" →
 * "Alexander Lukashenko").
 */
public final class AliasTable {
    static final String SHIPPED = "/lede/extract/aliases.tsv";

    private record Alias(String canonical, String group) {
    }

    private final Map<String, List<Alias>> byAlias;
    /** The type given for a name, as alias or as canonical name, where exactly one type group is given. */
    private final Map<String, String> typeByName;
    /** Canonical names per type group (null key: untyped), for fuzzy matching against the table. */
    private final Map<String, Set<String>> canonicals;
    /**
     * "group\tkey" -> canonical name, for names the table gives a type: a spelling with the same
     * {@link NameRules#key key} ("KYIV", "Oleksandr Lukashenko") takes the table's name.
     */
    private final Map<String, String> canonicalByKey = new HashMap<>();

    private AliasTable(Map<String, List<Alias>> byAlias, Map<String, Set<String>> canonicals) {
        this.byAlias = byAlias;
        this.canonicals = canonicals;
        canonicals.forEach((group, names) -> {
            if (group != null) {
                names.forEach(name -> canonicalByKey.putIfAbsent(group + '\t' + NameRules.key(name, group), name));
            }
        });
        Map<String, String> types = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        byAlias.forEach((alias, list) -> list.forEach(a -> {
            if (a.group != null) {
                for (String name : new String[]{alias, key(a.canonical)}) {
                    String old = types.putIfAbsent(name, a.group);
                    if (old != null && !old.equals(a.group)) {
                        ambiguous.add(name);
                    }
                }
            }
        }));
        ambiguous.forEach(types::remove);
        this.typeByName = types;
    }

    /**
     * The type group the table gives a name (as an alias or a canonical name), or null. A name the table
     * knows as a place is a place even where the CRF tagged it a person ("Kyiv").
     */
    String typeOf(String name) {
        return typeByName.get(key(name));
    }

    public static AliasTable empty() {
        return new AliasTable(new HashMap<>(), new HashMap<>()); // HashMap: lookups by the null (untyped) key
    }

    /** The table shipped with lede (this domain's common variants). */
    public static AliasTable shipped() {
        return Holder.SHIPPED_TABLE;
    }

    private static final class Holder {
        static final AliasTable SHIPPED_TABLE = loadShipped();

        private static AliasTable loadShipped() {
            try (InputStream in = AliasTable.class.getResourceAsStream(SHIPPED)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + SHIPPED);
                }
                return empty().plus(in, SHIPPED);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + SHIPPED, e);
            }
        }
    }

    /** This table extended by a file's entries; a later entry for the same alias and type wins. */
    public AliasTable plus(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return plus(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new LedeException(file + ": no such file");
        } catch (IOException e) {
            throw new LedeException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** This table extended by a table's entries read from {@code in} ({@code name} for messages). */
    public AliasTable plus(InputStream in, String name) throws IOException {
        Map<String, List<Alias>> aliases = new HashMap<>();
        byAlias.forEach((k, v) -> aliases.put(k, new ArrayList<>(v)));
        Map<String, Set<String>> names = new HashMap<>();
        canonicals.forEach((k, v) -> names.put(k, new LinkedHashSet<>(v)));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 2 || fields.length > 3 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new LedeException(name + ":" + number
                        + ": expected alias<TAB>canonical[<TAB>type], found '" + line + "'");
            }
            String group = fields.length == 3 && !fields[2].isBlank()
                    ? TypeGroups.group(fields[2].trim().toUpperCase(Locale.ROOT)) : null;
            String canonical = fields[1].trim();
            List<Alias> list = aliases.computeIfAbsent(key(fields[0]), k -> new ArrayList<>());
            list.removeIf(a -> java.util.Objects.equals(a.group, group));
            list.add(new Alias(canonical, group));
            names.computeIfAbsent(group, k -> new LinkedHashSet<>()).add(canonical);
        }
        return new AliasTable(aliases, names);
    }

    /**
     * The canonical spelling of a name of the given type group: the whole name's alias, else the name
     * with each word that has an alias replaced, else the name itself.
     */
    public String resolve(String name, String group) {
        String whole = lookup(name, group);
        if (whole == null) {
            whole = canonicalByKey.get(group + '\t' + NameRules.key(name, group));
        }
        if (whole != null) {
            return follow(whole, group);
        }
        if (name.indexOf(' ') < 0) {
            return name;
        }
        String[] words = name.split(" ");
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            String alias = lookup(words[i], group);
            if (alias != null && alias.indexOf(' ') < 0) {
                words[i] = alias;
                changed = true;
            }
        }
        if (!changed) {
            return name;
        }
        String joined = String.join(" ", words);
        String byKey = canonicalByKey.get(group + '\t' + NameRules.key(joined, group));
        return byKey != null ? follow(byKey, group) : joined;
    }

    /** Follows a canonical name that is itself an alias: "Zelenskyy" -> "Zelensky" -> "Volodymyr Zelensky". */
    private String follow(String name, String group) {
        for (int hops = 0; hops < 4; hops++) {
            String next = lookup(name, group);
            if (next == null || next.equals(name)) {
                break;
            }
            name = next;
        }
        return name;
    }

    private String lookup(String name, String group) {
        List<Alias> aliases = byAlias.get(key(name));
        if (aliases == null) {
            return null;
        }
        String untyped = null;
        for (Alias alias : aliases) {
            if (group.equals(alias.group)) {
                return alias.canonical;
            }
            if (alias.group == null) {
                untyped = alias.canonical;
            }
        }
        return untyped;
    }

    /** The table's canonical names that apply to a type group (typed for it, or untyped). */
    Set<String> canonicalNames(String group) {
        Set<String> names = new LinkedHashSet<>(canonicals.getOrDefault(group, Set.of()));
        names.addAll(canonicals.getOrDefault(null, Set.of()));
        return Collections.unmodifiableSet(names);
    }

    boolean isEmpty() {
        return byAlias.isEmpty();
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
