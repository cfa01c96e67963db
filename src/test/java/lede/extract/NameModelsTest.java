package lede.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The date-gated pipeline, whose two ner annotators share one copy of the name CRFs, tags every token of a
 * seed as CoreNLP's own pipelines built from the same properties (each loading its models) do: a sentence
 * with a date word as the full ner (names, numbers, SUTime), any other as the names-only ner.
 */
class NameModelsTest {
    @Test
    void sharedCrfsTagAsCoreNlpsOwnPipelines() {
        Properties full = Pipelines.properties(EnumSet.of(Analysis.POS, Analysis.NAMES, Analysis.NUMBERS_AND_DATES),
                FineTypes.LOOKUP);
        Properties namesOnly = new Properties();
        namesOnly.putAll(full);
        namesOnly.setProperty("ner.applyNumericClassifiers", "false");
        namesOnly.setProperty("ner.useSUTime", "false");
        namesOnly.setProperty("annotators", "tokenize,ssplit,ner");
        namesOnly.setProperty("enforceRequirements", "false");
        String text = Seeds.document("001").get("text").asText();
        String date = Seeds.document("001").path("date").asText(null);

        List<String> shared = tags(new DateGatedPipeline(full), text, date);
        List<String> dated = tags(new StanfordCoreNLP(full), text, date);
        List<String> plain = tags(new StanfordCoreNLP(namesOnly), text, date);

        Annotation split = annotate(new StanfordCoreNLP(splitting(full)), text, date);
        List<String> expected = new ArrayList<>();
        int datedSentences = 0;
        int index = 0;
        for (CoreMap sentence : split.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            boolean withDate = DateWords.any(tokens);
            datedSentences += withDate ? 1 : 0;
            for (int i = 0; i < tokens.size(); i++, index++) {
                expected.add((withDate ? dated : plain).get(index));
            }
        }
        assertEquals(expected, shared);
        // both kinds of sentence, and names and dates among the tags, so the comparison covers both annotators
        assertTrue(datedSentences > 0 && datedSentences < split.get(CoreAnnotations.SentencesAnnotation.class).size());
        assertTrue(shared.stream().anyMatch(t -> t.startsWith("PERSON")) && shared.stream().anyMatch(t -> t.startsWith("DATE")));
    }

    private static Properties splitting(Properties full) {
        Properties p = new Properties();
        p.putAll(full);
        p.setProperty("annotators", "tokenize,ssplit");
        return p;
    }

    private static Annotation annotate(Annotator pipeline, String text, String date) {
        Annotation annotation = new Annotation(text);
        if (date != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        pipeline.annotate(annotation);
        return annotation;
    }

    /** Each token's tag and normalized value ("DATE 2022-09-09"). */
    private static List<String> tags(Annotator pipeline, String text, String date) {
        List<String> tags = new ArrayList<>();
        for (CoreLabel token : annotate(pipeline, text, date).get(CoreAnnotations.TokensAnnotation.class)) {
            tags.add(token.ner() + " " + token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
        }
        return tags;
    }
}
