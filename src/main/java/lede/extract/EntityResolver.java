package lede.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns tagged mentions ({@link MentionCollector}) into entities with one type per surface form and one
 * canonical name per real-world entity in the document (the rules are in the README's extract section):
 * <ol>
 * <li>the name part of each mention ({@link NameRules#nameSpan}: no trailing full stop, glued sentence or
 * title), no junk ({@link NameRules#isJunk}), region suffixes and the alias table's types;</li>
 * <li>type consistency: every mention of a surface form gets the form's majority type (ties: the first);</li>
 * <li>fine types: places and nationalities from CoreNLP's lists ({@link FineTypeLookup}), then one place type
 * per canonical name (majority);</li>
 * <li>canonical names: alias table, then a person's short name takes the full name given elsewhere in
 * the document, then fuzzy merging of one-letter and doubled-letter variants of the same type group.</li>
 * </ol>
 * Nothing here needs CoreNLP but the collection, so each rule can be tested on plain mentions.
 */
final class EntityResolver {
    private final FineTypes fineTypes;
    private final AliasTable aliases;
    private final boolean fuzzy;

    EntityResolver(FineTypes fineTypes, AliasTable aliases, boolean fuzzy) {
        this.fineTypes = fineTypes;
        this.aliases = aliases;
        this.fuzzy = fuzzy;
    }

    private static final class Mention {
        final String text;
        final String words;
        String type;
        final int begin;
        final int end;
        final int sentence;
        Form form;

        Mention(String text, String words, String type, int begin, int end, int sentence) {
            this.text = text;
            this.words = words;
            this.type = type;
            this.begin = begin;
            this.end = end;
            this.sentence = sentence;
        }
    }

    /** A distinct (surface words, type group) in the document. */
    private static final class Form {
        final String words;
        final String surface; // the first mention's text, white space collapsed
        final String group;
        final int first;
        int count;
        String name;      // after the alias table and honorific stripping
        String canonical; // final

        Form(String words, String surface, String group, int first) {
            this.words = words;
            this.surface = surface;
            this.group = group;
            this.first = first;
        }
    }

    List<Entity> resolve(AnnotatedDocument document) {
        FineTypeLookup lookup = fineTypes == FineTypes.LOOKUP ? FineTypeLookup.get() : null;
        return resolve(new MentionCollector(lookup, aliases).collect(document));
    }

    /** The entities of a document's tagged mentions, in their order (junk left out). */
    List<Entity> resolve(List<MentionCollector.Tagged> tagged) {
        FineTypeLookup lookup = fineTypes == FineTypes.LOOKUP ? FineTypeLookup.get() : null;
        List<Mention> mentions = names(tagged, lookup);
        makeTypesConsistent(mentions);
        if (lookup != null) {
            Map<String, String> fineByForm = new HashMap<>();
            for (Mention m : mentions) {
                if (m.type.equals(TypeGroups.LOCATION) || m.type.equals(TypeGroups.MISC)
                        || m.type.equals(TypeGroups.ORGANIZATION)) {
                    String key = m.type + '\t' + m.words;
                    String fine = fineByForm.computeIfAbsent(key, k -> {
                        String found = lookup.fineType(m.words, m.type);
                        return found == null ? m.type : found;
                    });
                    m.type = fine;
                }
            }
        }
        List<Form> forms = forms(mentions);
        canonicalize(forms);
        samePlaceTypePerName(mentions);
        List<Entity> entities = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            entities.add(new Entity(m.text, m.type, m.form.canonical, m.begin, m.end, m.sentence));
        }
        return entities;
    }

    /** The name part of each mention, typed by suffix and alias table; junk is left out. */
    private List<Mention> names(List<MentionCollector.Tagged> tagged, FineTypeLookup lookup) {
        Predicate<String> isPlace = word -> TypeGroups.LOCATION.equals(aliases.typeOf(word))
                || (lookup != null && TypeGroups.PLACES.contains(String.valueOf(lookup.fineType(word, TypeGroups.LOCATION))));
        // a surname of a person the document names in full is that person, whatever the table says ("Wagner")
        Set<String> surnames = new java.util.HashSet<>();
        for (MentionCollector.Tagged t : tagged) {
            int space = t.words().lastIndexOf(' ');
            if (space > 0 && t.type().equals(TypeGroups.PERSON)) {
                surnames.add(t.words().substring(space + 1));
            }
        }
        List<Mention> mentions = new ArrayList<>(tagged.size());
        for (MentionCollector.Tagged t : tagged) {
            int[] span = NameRules.nameSpan(t.text(), TypeGroups.group(t.type()));
            if (span == null) {
                continue;
            }
            boolean trimmed = span[0] > 0 || span[1] < t.text().length();
            String text = t.text().substring(span[0], span[1]);
            String words = trimmed ? text.replaceAll("\\s+", " ") : t.words();
            String type = t.type();
            String known = aliases.typeOf(words);
            String bySuffix = NameRules.placeTypeBySuffix(words);
            boolean namedInFull = type.equals(TypeGroups.PERSON) && surnames.contains(words);
            if (known != null && !known.equals(TypeGroups.group(type)) && !namedInFull) {
                type = known;
            } else if (bySuffix != null && !TypeGroups.PLACES.contains(type)) {
                type = bySuffix;
            }
            if (NameRules.isJunk(words, TypeGroups.group(type), isPlace)) {
                continue;
            }
            mentions.add(new Mention(text, words, type, t.begin() + span[0], t.begin() + span[1], t.sentence()));
        }
        return mentions;
    }

    /** Places with one canonical name take one place type in the document: the most frequent (ties: the first). */
    private static void samePlaceTypePerName(List<Mention> mentions) {
        Map<String, LinkedHashMap<String, Integer>> counts = new HashMap<>();
        for (Mention m : mentions) {
            if (TypeGroups.PLACES.contains(m.type)) {
                counts.computeIfAbsent(m.form.canonical, k -> new LinkedHashMap<>()).merge(m.type, 1, Integer::sum);
            }
        }
        for (Mention m : mentions) {
            if (TypeGroups.PLACES.contains(m.type)) {
                m.type = majority(counts.get(m.form.canonical));
            }
        }
    }

    private static String majority(Map<String, Integer> byType) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : byType.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** Each surface form takes its majority type in the document; a tie goes to the type seen first. */
    private static void makeTypesConsistent(List<Mention> mentions) {
        Map<String, LinkedHashMap<String, Integer>> counts = new HashMap<>();
        for (Mention m : mentions) {
            counts.computeIfAbsent(m.words, k -> new LinkedHashMap<>()).merge(m.type, 1, Integer::sum);
        }
        Map<String, String> majority = new HashMap<>();
        counts.forEach((words, byType) -> majority.put(words, majority(byType)));
        for (Mention m : mentions) {
            m.type = majority.get(m.words);
        }
    }

    private static List<Form> forms(List<Mention> mentions) {
        Map<String, Form> forms = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String group = TypeGroups.group(m.type);
            int index = i;
            Form form = forms.computeIfAbsent(group + '\t' + m.words, k -> new Form(m.words, m.text.replaceAll("\\s+", " "), group, index));
            form.count++;
            m.form = form;
        }
        return new ArrayList<>(forms.values());
    }

    private void canonicalize(List<Form> forms) {
        for (Form form : forms) {
            form.name = nameAlone(form.surface, form.group, aliases);
        }
        fillInFullNames(forms);
        if (fuzzy) {
            mergeVariants(forms);
        } else {
            forms.forEach(f -> f.canonical = f.name);
        }
    }

    /** A mention's name before the document has a say: no honorific, display spelling, alias table. */
    static String nameAlone(String surface, String group, AliasTable aliases) {
        String words = group.equals(TypeGroups.PERSON) ? withoutHonorific(surface) : surface;
        return aliases.resolve(NameRules.display(words, group), group);
    }

    /** "Zelensky" takes "Volodymyr Zelensky" when the document names him so (most-mentioned full name wins). */
    private static void fillInFullNames(List<Form> forms) {
        List<Form> people = forms.stream().filter(f -> f.group.equals(TypeGroups.PERSON)).toList();
        Map<String, Integer> mentionsByName = new HashMap<>();
        for (Form f : people) {
            mentionsByName.merge(f.name, f.count, Integer::sum);
        }
        Map<String, String> full = new HashMap<>();
        for (Form shorter : people) {
            String[] words = lowerWords(shorter.name);
            String best = null;
            int bestCount = 0;
            for (Form longer : people) {
                String[] longWords = lowerWords(longer.name);
                if (longWords.length > words.length && endsWith(longWords, words)) {
                    int count = mentionsByName.get(longer.name);
                    if (best == null || count > bestCount
                            || (count == bestCount && longWords.length > lowerWords(best).length)) {
                        best = longer.name;
                        bestCount = count;
                    }
                }
            }
            if (best != null) {
                full.put(shorter.name, best);
            }
        }
        for (Form f : people) {
            String name = f.name;
            // follow the chain: "Putin" → "Vladimir Putin" → "Vladimir Vladimirovich Putin"
            for (int hops = 0; hops < 5 && full.containsKey(name); hops++) {
                name = full.get(name);
            }
            f.name = name;
        }
    }

    /**
     * Merges names of the same type group that differ by one letter or a doubled letter
     * ({@link #similar}); a merged group takes the alias table's canonical name when one of them is one
     * (or is such a variant of one), else its most-mentioned name (ties: the first seen).
     */
    private void mergeVariants(List<Form> forms) {
        Map<String, Map<String, int[]>> namesByGroup = new LinkedHashMap<>(); // name -> {count, first}
        for (Form f : forms) {
            int[] stats = namesByGroup.computeIfAbsent(f.group, k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.name, k -> new int[]{0, f.first});
            stats[0] += f.count;
            stats[1] = Math.min(stats[1], f.first);
        }
        Map<String, String> resolved = new HashMap<>();
        namesByGroup.forEach((group, names) -> {
            List<String> list = new ArrayList<>(names.keySet());
            Set<String> tableNames = aliases.canonicalNames(group);
            int[] parent = new int[list.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    if (similar(list.get(i), list.get(j))) {
                        parent[root(parent, j)] = root(parent, i);
                    }
                }
            }
            Map<Integer, String> winner = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                String name = list.get(i);
                int r = root(parent, i);
                String current = winner.get(r);
                if (current == null || better(name, current, names, tableNames)) {
                    winner.put(r, name);
                }
            }
            for (int i = 0; i < list.size(); i++) {
                String name = winner.get(root(parent, i));
                if (!tableNames.contains(name)) {
                    for (String tableName : tableNames) {
                        if (similar(name, tableName)) {
                            name = tableName;
                            break;
                        }
                    }
                }
                resolved.put(group + '\t' + list.get(i), name);
            }
        });
        for (Form f : forms) {
            f.canonical = resolved.get(f.group + '\t' + f.name);
        }
    }

    private static boolean better(String name, String current, Map<String, int[]> stats, Set<String> tableNames) {
        boolean inTable = tableNames.contains(name);
        if (inTable != tableNames.contains(current)) {
            return inTable;
        }
        int[] a = stats.get(name);
        int[] b = stats.get(current);
        return a[0] > b[0] || (a[0] == b[0] && a[1] < b[1]);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Two names are variants when, ignoring case and after collapsing doubled letters, both have at least
     * five letters, the same number of words and the same first letter, and one edit (a letter inserted,
     * deleted or replaced) turns one into the other, except a trailing "a" or "s" (Ivanov/Ivanova,
     * Daniel/Daniels name different people).
     */
    static boolean similar(String a, String b) {
        String x = collapseDoubles(a.toLowerCase(Locale.ROOT));
        String y = collapseDoubles(b.toLowerCase(Locale.ROOT));
        if (x.equals(y)) {
            return !a.equals(b) && x.codePointCount(0, x.length()) >= 5;
        }
        if (x.length() < 5 || y.length() < 5 || Math.abs(x.length() - y.length()) > 1
                || x.charAt(0) != y.charAt(0) || words(x) != words(y)) {
            return false;
        }
        String longer = x.length() >= y.length() ? x : y;
        String shorter = longer == x ? y : x;
        if (longer.length() == shorter.length() + 1 && longer.startsWith(shorter)
                && (longer.endsWith("a") || longer.endsWith("s"))) {
            return false;
        }
        return oneEdit(longer, shorter);
    }

    private static boolean oneEdit(String longer, String shorter) {
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        if (longer.length() == shorter.length()) {
            return longer.substring(i + 1).equals(shorter.substring(i + 1));
        }
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    private static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1) || !Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int words(String s) {
        return s.split(" ").length;
    }

    private static String withoutHonorific(String words) {
        int space = words.indexOf(' ');
        if (space > 0 && TitleWords.NAME_PREFIXES.contains(words.substring(0, space).toLowerCase(Locale.ROOT))) {
            return words.substring(space + 1);
        }
        return words;
    }

    private static String[] lowerWords(String name) {
        return name.toLowerCase(Locale.ROOT).split(" ");
    }

    private static boolean endsWith(String[] longer, String[] suffix) {
        for (int i = 1; i <= suffix.length; i++) {
            if (!longer[longer.length - i].equals(suffix[suffix.length - i])) {
                return false;
            }
        }
        return true;
    }
}
