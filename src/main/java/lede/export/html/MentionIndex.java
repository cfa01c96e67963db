package lede.export.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.stats.Docs;
import lede.stats.SurnameMerge;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which documents can hold a mention of a name, so that the concordance of each top name reads those documents
 * only, not every document once per name (60 names: 60 passes over all documents). The candidates are a
 * superset of what {@code KwicReport}'s entity mode matches: a mention whose own or surname-merged name equals
 * the name ignoring case, or a lone surname equal to the name's last word. They keep the input order.
 */
final class MentionIndex {
    private final List<ObjectNode> documents;
    private final Map<String, BitSet> byKey = new HashMap<>();

    MentionIndex(List<ObjectNode> documents) {
        this.documents = documents;
        for (int i = 0; i < documents.size(); i++) {
            List<Docs.Mention> mentions = Docs.entities(documents.get(i));
            SurnameMerge merge = SurnameMerge.of(mentions);
            for (Docs.Mention mention : mentions) {
                add(fold(mention.name()), i);
                add(fold(merge.name(mention)), i);
                add(mention.name().strip().toLowerCase(Locale.ROOT), i);
            }
        }
    }

    private void add(String key, int document) {
        byKey.computeIfAbsent(key, k -> new BitSet()).set(document);
    }

    /** The documents that may mention {@code name}, in input order. */
    List<ObjectNode> candidates(String name) {
        BitSet found = new BitSet();
        or(found, fold(name));
        String full = name.strip();
        if (full.indexOf(' ') >= 0) {
            or(found, full.substring(full.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
        }
        return found.stream().mapToObj(documents::get).toList();
    }

    private void or(BitSet found, String key) {
        BitSet documents = byKey.get(key);
        if (documents != null) {
            found.or(documents);
        }
    }

    /**
     * Each code point upper- then lower-cased, as {@link String#equalsIgnoreCase} compares them: names it calls
     * equal fold to the same key.
     */
    static String fold(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        name.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return folded.toString();
    }
}
