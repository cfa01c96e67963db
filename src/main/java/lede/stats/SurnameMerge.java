package lede.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The surname merge of {@code stats entities}, within one document: a one-word PERSON name that is the last
 * word of exactly one multi-word PERSON name of the same document is that person ("Zelensky" after
 * "Volodymyr Zelensky"). Each document carries its own entities, so reports that stream (kwic, cooccur) can
 * apply it document by document.
 */
public final class SurnameMerge {
    private final Map<String, String> fullBySurname;
    /** Lower-cased surnames that end two or more full names of the document: left alone. */
    private final Map<String, Boolean> ambiguous = new HashMap<>();

    private SurnameMerge(Map<String, String> fullBySurname) {
        this.fullBySurname = fullBySurname;
    }

    public static SurnameMerge of(List<Docs.Mention> mentions) {
        Map<String, List<String>> full = new HashMap<>();
        for (Docs.Mention mention : mentions) {
            String name = mention.name().strip();
            if ("PERSON".equals(mention.type()) && name.indexOf(' ') > 0) {
                List<String> names = full.computeIfAbsent(surname(name), k -> new ArrayList<>());
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        SurnameMerge merge = new SurnameMerge(new HashMap<>());
        full.forEach((surname, names) -> {
            if (names.size() == 1) {
                merge.fullBySurname.put(surname, names.get(0));
            } else {
                merge.ambiguous.put(surname, true);
            }
        });
        return merge;
    }

    /** The name a mention counts under: its full name when it is a lone surname of one full name, else its name. */
    public String name(Docs.Mention mention) {
        String name = mention.name();
        if (!"PERSON".equals(mention.type()) || name.strip().indexOf(' ') >= 0) {
            return name;
        }
        return fullBySurname.getOrDefault(name.strip().toLowerCase(Locale.ROOT), name);
    }

    /**
     * Whether a lone surname mention may stand for {@code fullName} in a document that names no full name
     * ending with it (as the corpus-wide merge would count it, when the corpus has one such full name).
     */
    public boolean unclaimedSurnameOf(Docs.Mention mention, String fullName) {
        String name = mention.name().strip();
        if (!"PERSON".equals(mention.type()) || name.indexOf(' ') >= 0 || fullName.strip().indexOf(' ') < 0) {
            return false;
        }
        String key = name.toLowerCase(Locale.ROOT);
        return !fullBySurname.containsKey(key) && !ambiguous.containsKey(key) && key.equals(surname(fullName.strip()));
    }

    private static String surname(String fullName) {
        return fullName.substring(fullName.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }
}
