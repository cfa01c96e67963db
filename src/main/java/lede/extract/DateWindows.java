package lede.extract;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SUTime on the stretches of a sentence around its date-like words instead of the whole sentence. SUTime tries
 * each of its rules at every token, so its cost grows with the tokens it is given; in news only about half the
 * tokens of a sentence with a date-like word lie within {@link #CONTEXT} tokens of one. Each stretch is copied
 * and annotated by the dated ner annotator as a sentence of its own; the numeric tags it finds (DATE, TIME...)
 * are copied onto the sentence's tokens where the names pass left no name, as CoreNLP's combiner does. A
 * stretch with a date or time next to its edge grows by {@link #CONTEXT} on that side and is annotated again,
 * so an expression running past its edge is read whole.
 */
final class DateWindows {
    /**
     * Tokens kept either side of a date-like word. Four (with the widening) gave the same dates, entities and
     * quantities as whole sentences on 2,000 Reuters articles; three lost "the beginning of the fiscal year".
     */
    static final int CONTEXT = 4;
    /** A date or time this near a window's edge may run past it ("the beginning of the fiscal year"). */
    static final int MARGIN = 2;

    private static final Set<String> NUMERIC = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "MONEY", "PERCENT");
    private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");

    private DateWindows() {
    }

    /** Token ranges {start, end} of the sentence within {@code context} tokens of a date-like word, merged. */
    static List<int[]> of(List<CoreLabel> tokens, int context) {
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (DateWords.dateLike(tokens.get(i).word())) {
                add(windows, Math.max(0, i - context), Math.min(tokens.size(), i + context + 1));
            }
        }
        return windows;
    }

    /** Adds a range after the others (in token order), joining it to the last when they overlap or touch. */
    private static void add(List<int[]> windows, int start, int end) {
        int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
        if (last != null && start <= last[1]) {
            last[1] = Math.max(last[1], end);
        } else {
            windows.add(new int[] {start, end});
        }
    }

    /**
     * Tags the dates and numbers of {@code sentences} (already tagged with names, parts of speech and lemmas)
     * by running {@code dated} on their windows.
     */
    static void annotate(Annotator dated, Annotation whole, List<CoreMap> sentences) {
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() > Pipelines.MAX_SENTENCE_TOKENS) {
                continue; // ner leaves such sentences untagged (Pipelines#properties)
            }
            List<int[]> windows = of(tokens, CONTEXT);
            List<List<CoreLabel>> copies = run(dated, whole, sentence, windows);
            while (widen(windows, copies, tokens.size())) {
                windows = merged(windows);
                copies = run(dated, whole, sentence, windows);
            }
            for (int w = 0; w < windows.size(); w++) {
                copyBack(copies.get(w), tokens.subList(windows.get(w)[0], windows.get(w)[1]));
            }
        }
    }

    private static List<List<CoreLabel>> run(Annotator dated, Annotation whole, CoreMap sentence, List<int[]> windows) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> parts = new ArrayList<>();
        List<List<CoreLabel>> copies = new ArrayList<>();
        List<CoreLabel> all = new ArrayList<>();
        for (int[] window : windows) {
            List<CoreLabel> copy = new ArrayList<>();
            for (CoreLabel token : tokens.subList(window[0], window[1])) {
                CoreLabel labelled = new CoreLabel(token);
                // the names pass's tag as the CRFs' answer, which the numeric classifiers may replace only when
                // it is O or MISC; no ner tag yet, as when the CRFs run inside the dated annotator
                labelled.set(CoreAnnotations.AnswerAnnotation.class, token.ner());
                labelled.remove(CoreAnnotations.NamedEntityTagAnnotation.class);
                labelled.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                labelled.remove(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
                labelled.remove(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
                copy.add(labelled);
            }
            CoreMap part = new ArrayCoreMap();
            part.set(CoreAnnotations.TokensAnnotation.class, copy);
            part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, copy.get(0).beginPosition());
            part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, copy.get(copy.size() - 1).endPosition());
            part.set(CoreAnnotations.TextAnnotation.class, whole.get(CoreAnnotations.TextAnnotation.class)
                    .substring(copy.get(0).beginPosition(), copy.get(copy.size() - 1).endPosition()));
            part.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
            Integer begin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            if (begin != null) {
                part.set(CoreAnnotations.TokenBeginAnnotation.class, begin + window[0]);
                part.set(CoreAnnotations.TokenEndAnnotation.class, begin + window[1]);
            }
            parts.add(part);
            copies.add(copy);
            all.addAll(copy);
        }
        Annotation annotation = new Annotation(whole.get(CoreAnnotations.TextAnnotation.class));
        annotation.set(CoreAnnotations.SentencesAnnotation.class, parts);
        annotation.set(CoreAnnotations.TokensAnnotation.class, all);
        String date = whole.get(CoreAnnotations.DocDateAnnotation.class);
        if (date != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        dated.annotate(annotation);
        return copies;
    }

    /**
     * Grows each window with a date or time among its {@link #MARGIN} tokens next to an edge (not the sentence's)
     * by {@link #CONTEXT} on that side; true if any grew.
     */
    private static boolean widen(List<int[]> windows, List<List<CoreLabel>> copies, int size) {
        boolean grew = false;
        for (int w = 0; w < windows.size(); w++) {
            int[] window = windows.get(w);
            List<CoreLabel> copy = copies.get(w);
            int n = copy.size();
            if (window[0] > 0 && anyTime(copy.subList(0, Math.min(MARGIN, n)))) {
                window[0] = Math.max(0, window[0] - CONTEXT);
                grew = true;
            }
            if (window[1] < size && anyTime(copy.subList(Math.max(0, n - MARGIN), n))) {
                window[1] = Math.min(size, window[1] + CONTEXT);
                grew = true;
            }
        }
        return grew;
    }

    private static boolean anyTime(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            if (TIMES.contains(token.ner())) {
                return true;
            }
        }
        return false;
    }

    private static List<int[]> merged(List<int[]> windows) {
        List<int[]> merged = new ArrayList<>();
        for (int[] window : windows) {
            add(merged, window[0], window[1]);
        }
        return merged;
    }

    /** CoreNLP's rule: a number or date tag replaces no tag or MISC, never a person, organization or place. */
    private static void copyBack(List<CoreLabel> annotated, List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel copy = annotated.get(i);
            CoreLabel token = tokens.get(i);
            String before = token.ner();
            if (NUMERIC.contains(copy.ner()) && (before == null || before.equals("O") || before.equals("MISC"))) {
                token.setNER(copy.ner());
                token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class,
                        copy.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
                NumberSequenceClassifier.transferAnnotations(copy, token);
            }
        }
    }
}
