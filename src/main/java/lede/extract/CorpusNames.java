package lede.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One name per entity across a corpus, in two steps: {@link #add} gathers every canonical name with its type
 * and number of mentions (an aggregation that merges: {@link #addAll}), then {@link #rewrites} decides once
 * and {@link Rewrites#of} renames each mention (a read-only map to broadcast). Within a type group, names
 * meet when
 * <ol>
 * <li>the alias table (shipped plus the user's) gives them one canonical spelling;</li>
 * <li>their {@link NameRules#key keys} are equal: case, punctuation, doubled letters, -sky/-y endings and
 * first-name transliterations aside ("NATO"/"Nato", "U.S."/"US", "Aleksandr"/"Alexander Lukashenko");</li>
 * <li>two people share a surname and their first names are {@link NameRules#sameFirstName the same}
 * ("Vladamir Putin"/"Vladimir Putin"), a middle name aside;</li>
 * <li>an acronym is the initials of exactly one name of several words (GATT, MITI, GM; not for people);</li>
 * <li>a lone surname ("Putin") ends the names of exactly one person so merged, or of one that has five
 * times the mentions of any other.</li>
 * </ol>
 * A merged entity is shown as the alias table's canonical name when one of its names is one, else as its
 * most-mentioned name of several words (people), else its most-mentioned name; ties go to mixed case, then
 * to the alphabet, so the result does not depend on input order.
 */
public final class CorpusNames {
    /** A lone surname joins the leading person only with this many times the mentions of the next one. */
    static final int DOMINANCE = 5;

    private final AliasTable aliases;
    /** "group\tname" -> mentions. */
    private final Map<String, Long> counts = new HashMap<>();

    public CorpusNames(AliasTable aliases) {
        this.aliases = aliases;
    }

    /** Gathers one mention's canonical name (or text) and type. */
    public void add(String name, String type, long mentions) {
        if (name == null || name.isBlank()) {
            return;
        }
        counts.merge(TypeGroups.group(type == null ? TypeGroups.MISC : type) + '\t' + name, mentions, Long::sum);
    }

    public void addAll(CorpusNames other) {
        other.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
    }

    /** The renaming the gathered names call for. */
    public Rewrites rewrites() {
        Map<String, String> result = new HashMap<>();
        Map<String, List<Name>> byGroup = new TreeMap<>();
        for (Map.Entry<String, Long> e : new TreeMap<>(counts).entrySet()) {
            int tab = e.getKey().indexOf('\t');
            String group = e.getKey().substring(0, tab);
            String original = e.getKey().substring(tab + 1);
            String spelled = NameRules.display(aliases.resolve(NameRules.display(original, group), group), group);
            byGroup.computeIfAbsent(group, k -> new ArrayList<>())
                    .add(new Name(original, spelled, NameRules.key(spelled, group), e.getValue(),
                            group.equals(TypeGroups.PERSON)));
        }
        byGroup.forEach((group, names) -> {
            Set<String> tableNames = aliases.canonicalNames(group);
            UnionFind sets = new UnionFind(names.size());
            Map<String, Integer> byKey = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                Integer same = byKey.putIfAbsent(names.get(i).key, i);
                if (same != null) {
                    sets.union(same, i);
                }
            }
            if (group.equals(TypeGroups.PERSON)) {
                joinPeople(names, sets);
            } else {
                joinAcronyms(names, sets);
            }
            Map<Integer, Name> shown = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                shown.merge(sets.root(i), names.get(i), (a, b) -> better(a, b, tableNames) ? a : b);
            }
            for (int i = 0; i < names.size(); i++) {
                String display = shown.get(sets.root(i)).spelled;
                if (!display.equals(names.get(i).original)) {
                    result.put(group + '\t' + names.get(i).original, display);
                }
            }
        });
        return new Rewrites(result);
    }

    private record Name(String original, String spelled, String key, long mentions, boolean person) {
        String[] words() {
            return key.split(" ");
        }
    }

    /** Joins people by surname: same first name (rule 3), then lone surnames (rule 4). */
    private static void joinPeople(List<Name> names, UnionFind sets) {
        Map<String, List<Integer>> fullBySurname = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String[] words = names.get(i).words();
            if (words.length >= 2) {
                fullBySurname.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> same : fullBySurname.values()) {
            for (int a = 0; a < same.size(); a++) {
                for (int b = a + 1; b < same.size(); b++) {
                    if (NameRules.sameFirstName(names.get(same.get(a)).words()[0], names.get(same.get(b)).words()[0])) {
                        sets.union(same.get(a), same.get(b));
                    }
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            String[] words = names.get(i).words();
            List<Integer> full = words.length == 1 ? fullBySurname.get(words[0]) : null;
            if (full == null) {
                continue;
            }
            Map<Integer, Long> mentionsByPerson = new HashMap<>();
            for (int f : full) {
                mentionsByPerson.merge(sets.root(f), names.get(f).mentions, Long::sum);
            }
            List<Map.Entry<Integer, Long>> ranked = new ArrayList<>(mentionsByPerson.entrySet());
            ranked.sort(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            if (ranked.size() == 1 || ranked.get(0).getValue() >= DOMINANCE * ranked.get(1).getValue()) {
                sets.union(ranked.get(0).getKey(), i);
            }
        }
    }

    /** An acronym joins the one name of several words (as merged so far) whose initials it is: GATT, MITI, GM. */
    private static void joinAcronyms(List<Name> names, UnionFind sets) {
        Map<String, Set<Integer>> longByInitials = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String initials = NameRules.initials(names.get(i).spelled);
            if (initials != null) {
                longByInitials.computeIfAbsent(initials, k -> new java.util.TreeSet<>()).add(sets.root(i));
            }
        }
        for (int i = 0; i < names.size(); i++) {
            String acronym = NameRules.acronym(names.get(i).spelled);
            Set<Integer> full = acronym == null ? null : longByInitials.get(acronym);
            if (full != null && full.size() == 1) {
                sets.union(full.iterator().next(), i);
            }
        }
    }

    /** People show a full name before a lone surname; other names show their most-mentioned spelling. */
    private static final Comparator<Name> SHOWN = Comparator
            .comparing((Name n) -> n.person && n.words().length >= 2)
            .thenComparingLong(Name::mentions)
            .thenComparing(n -> !n.spelled.equals(n.spelled.toUpperCase(java.util.Locale.ROOT)))
            .thenComparing(Name::spelled, Comparator.reverseOrder());

    private static boolean better(Name a, Name b, Set<String> tableNames) {
        boolean aTable = tableNames.contains(a.spelled);
        if (aTable != tableNames.contains(b.spelled)) {
            return aTable;
        }
        return SHOWN.compare(a, b) >= 0;
    }

    /** The decided renaming: read-only, safe to share between threads. */
    public static final class Rewrites {
        private final Map<String, String> byName;
        private final AliasTable perMention;

        Rewrites(Map<String, String> byName) {
            this.byName = Map.copyOf(byName);
            this.perMention = null;
        }

        private Rewrites(AliasTable perMention) {
            this.byName = Map.of();
            this.perMention = perMention;
        }

        /** No corpus-wide merging: each name only through the alias table (stats --no-merge --aliases). */
        public static Rewrites aliasesOnly(AliasTable aliases) {
            return new Rewrites(aliases);
        }

        /** The corpus-wide name for a mention's canonical name and type (the name itself when unchanged). */
        public String of(String name, String type) {
            if (name == null) {
                return null;
            }
            String group = TypeGroups.group(type == null ? TypeGroups.MISC : type);
            if (perMention != null) {
                return perMention.resolve(name, group);
            }
            return byName.getOrDefault(group + '\t' + name, name);
        }

        /** The corpus-wide name of a speaker (a PERSON's canonical name). */
        public String ofPerson(String name) {
            return of(name, TypeGroups.PERSON);
        }

        public int size() {
            return byName.size();
        }
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /** The smaller index becomes the root, so that roots do not depend on the order of unions. */
        void union(int a, int b) {
            int x = root(a);
            int y = root(b);
            if (x != y) {
                parent[Math.max(x, y)] = Math.min(x, y);
            }
        }
    }
}
