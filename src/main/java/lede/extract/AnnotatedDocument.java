package lede.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One document's text after CoreNLP: its sentences (tokens carry UTF-16 offsets into the WHOLE text, also
 * when it was annotated in chunks), the entities with their canonical names, and offset conversion.
 * What every output reads; built once per document, used by one thread.
 */
public final class AnnotatedDocument {
    private final String text;
    private final String date;
    private final List<CoreMap> sentences;
    private final int tokenCount;
    private final CodePoints codePoints;
    private final EntityResolver resolver;
    private List<Entity> entities;

    AnnotatedDocument(String text, String date, Annotator pipeline, int maxChars, EntityResolver resolver) {
        this.text = text;
        this.date = date;
        this.resolver = resolver;
        this.codePoints = new CodePoints(text);
        List<CoreMap> all = new ArrayList<>();
        int tokens = 0;
        for (int[] range : Chunks.split(text, maxChars)) {
            Annotation annotation = new Annotation(text.substring(range[0], range[1]));
            if (date != null) {
                annotation.set(CoreAnnotations.DocDateAnnotation.class, date);
            }
            pipeline.annotate(annotation);
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> sentenceTokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                if (range[0] > 0) {
                    shift(sentence, sentenceTokens, range[0]);
                }
                tokens += sentenceTokens.size();
                all.add(sentence);
            }
        }
        this.sentences = Collections.unmodifiableList(all);
        this.tokenCount = tokens;
    }

    private static void shift(CoreMap sentence, List<CoreLabel> tokens, int by) {
        for (CoreLabel token : tokens) {
            token.setBeginPosition(token.beginPosition() + by);
            token.setEndPosition(token.endPosition() + by);
        }
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class,
                sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + by);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class,
                sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) + by);
    }

    /** The whole text as given. */
    public String text() {
        return text;
    }

    /** The document's date (YYYY-MM-DD) that relative dates were resolved against, or null. */
    public String date() {
        return date;
    }

    /** CoreNLP sentences; token offsets ({@link CoreLabel#beginPosition()}) are UTF-16 indexes of {@link #text()}. */
    public List<CoreMap> sentences() {
        return sentences;
    }

    public int tokenCount() {
        return tokenCount;
    }

    /** The code-point offset of a UTF-16 offset of {@link #text()}. */
    public int codePoint(int utf16) {
        return codePoints.of(utf16);
    }

    /** The named entities, typed and with canonical names (computed on first use). */
    public List<Entity> entities() {
        if (entities == null) {
            entities = resolver.resolve(this);
        }
        return entities;
    }
}
