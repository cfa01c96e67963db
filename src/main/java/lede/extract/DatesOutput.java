package lede.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import lede.io.Dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code dates}: the date and time expressions SUTime found, {@code {text, value, start, end}}; {@code value}
 * is its TIMEX3 value ("2022-09-08", "2022-W36", "2022-09-09TMO"), relative expressions resolved against the
 * document's {@code date} (weekdays and yearless dates by the tense of their clause: {@link DateAnchoring}),
 * or null when SUTime gives none. Race times and the like are left out ({@link DateKinds}); so are vague
 * references ("the past"), unless kept with {@code "vague": true}.
 */
final class DatesOutput implements ExtractOutput {
    private static final Set<String> DATE_TAGS = Set.of("DATE", "TIME");

    private final boolean keepVague;

    /** Vague references left out. */
    DatesOutput() {
        this(false);
    }

    DatesOutput(boolean keepVague) {
        this.keepVague = keepVague;
    }

    /** The same output, keeping vague references ({@code --vague-dates}). */
    DatesOutput keepingVague() {
        return new DatesOutput(true);
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Analysis> needs() {
        return EnumSet.of(Analysis.NUMBERS_AND_DATES);
    }

    @Override
    public void addTo(ObjectNode document, AnnotatedDocument annotated) {
        ArrayNode dates = document.putArray("dates");
        String text = annotated.text();
        LocalDate articleDay = annotated.date() == null ? null : Dates.isoDay(annotated.date());
        for (CoreMap sentence : annotated.sentences()) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<ClauseTense.Word> words = null;
            int i = 0;
            while (i < tokens.size()) {
                CoreLabel first = tokens.get(i);
                if (first.ner() == null || !DATE_TAGS.contains(first.ner())) {
                    i++;
                    continue;
                }
                String value = first.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                value = value == null || value.isEmpty() ? null : value;
                int j = i + 1;
                while (j < tokens.size() && first.ner().equals(tokens.get(j).ner())
                        && Objects.equals(value, emptyAsNull(tokens.get(j)))) {
                    j++;
                }
                if (words == null) {
                    words = words(tokens);
                }
                int begin = first.beginPosition();
                int end = tokens.get(j - 1).endPosition();
                String mention = text.substring(begin, end);
                DateKinds.Kind kind = DateKinds.of(mention, value,
                        DateKinds.wordAt(words, i - 1), DateKinds.wordAt(words, j));
                if (kind == DateKinds.Kind.DATE || kind == DateKinds.Kind.VAGUE && keepVague) {
                    ObjectNode node = dates.addObject();
                    node.put("text", mention);
                    node.put("value", DateAnchoring.anchor(mention, value, articleDay, ClauseTense.of(words, i, j)));
                    node.put("start", annotated.codePoint(begin));
                    node.put("end", annotated.codePoint(end));
                    if (kind == DateKinds.Kind.VAGUE) {
                        node.put("vague", true);
                    }
                }
                i = j;
            }
        }
    }

    private static String emptyAsNull(CoreLabel token) {
        String value = token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        return value == null || value.isEmpty() ? null : value;
    }

    private static List<ClauseTense.Word> words(List<CoreLabel> tokens) {
        List<ClauseTense.Word> words = new ArrayList<>(tokens.size());
        for (CoreLabel token : tokens) {
            words.add(new ClauseTense.Word(token.word(), token.tag()));
        }
        return words;
    }
}
