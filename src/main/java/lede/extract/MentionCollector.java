package lede.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects name mentions from CoreNLP's token tags: runs of tokens with the same name tag in a sentence, and
 * untagged capitalised words that CoreNLP's lists name as a country, state or nationality, or that the alias
 * table knows with a type (the CRF predates "Kyiv"). What a mention then becomes is {@link EntityResolver}'s
 * business; this class is the only part of naming that needs CoreNLP.
 */
final class MentionCollector {
    /** A mention as tagged: its text, its tokens joined by spaces, the tag, UTF-16 offsets, sentence index. */
    record Tagged(String text, String words, String type, int begin, int end, int sentence) {
    }

    private final FineTypeLookup lookup;
    private final AliasTable aliases;

    MentionCollector(FineTypeLookup lookup, AliasTable aliases) {
        this.lookup = lookup;
        this.aliases = aliases;
    }

    List<Tagged> collect(AnnotatedDocument document) {
        String text = document.text();
        List<Tagged> mentions = new ArrayList<>();
        List<CoreMap> sentences = document.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            int i = 0;
            while (i < tokens.size()) {
                String tag = tag(tokens.get(i));
                if (TypeGroups.NOT_NAMES.contains(tag)) {
                    int matched = tag.equals("O") ? untagged(tokens, i, text, s, mentions) : 0;
                    i += Math.max(1, matched);
                    continue;
                }
                int j = i + 1;
                while (j < tokens.size() && tag.equals(tag(tokens.get(j)))) {
                    j++;
                }
                mentions.add(mention(tokens, i, j, tag, text, s));
                i = j;
            }
        }
        return mentions;
    }

    /** Adds a mention for the longest known name from {@code from}; returns the number of tokens used. */
    private int untagged(List<CoreLabel> tokens, int from, String text, int sentence, List<Tagged> into) {
        if (!Character.isUpperCase(tokens.get(from).word().codePointAt(0))) {
            return 0;
        }
        int longest = from;
        while (longest < tokens.size() && longest - from < FineTypeLookup.LONGEST && tag(tokens.get(longest)).equals("O")) {
            longest++;
        }
        for (int to = longest; to > from; to--) {
            List<String> words = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                words.add(tokens.get(k).word());
            }
            String type = lookup == null ? null : lookup.untaggedType(words);
            if (type == null) {
                type = aliases.typeOf(String.join(" ", words));
            }
            if (type != null) {
                into.add(mention(tokens, from, to, type, text, sentence));
                return to - from;
            }
        }
        return 0;
    }

    private static Tagged mention(List<CoreLabel> tokens, int from, int to, String type, String text, int sentence) {
        int begin = tokens.get(from).beginPosition();
        int end = tokens.get(to - 1).endPosition();
        StringBuilder words = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                words.append(' ');
            }
            words.append(tokens.get(k).word());
        }
        return new Tagged(text.substring(begin, end), words.toString(), type, begin, end, sentence);
    }

    private static String tag(CoreLabel token) {
        String tag = token.ner();
        return tag == null ? "O" : tag;
    }
}
