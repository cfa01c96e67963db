package lede.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The date-gated pipeline, whose ner annotators share one copy of the name CRFs, tags every token of a seed as
 * CoreNLP's own pipelines built from the same properties (each loading its models) do: a sentence with a date
 * word as the full ner (names, dates and times from SUTime), any other as the names-only ner. SUTime reads only
 * the stretches around date words ({@link DateWindows}), so a number far from any (NUMBER, ORDINAL, MONEY,
 * PERCENT, which no output reads: quantities are lede's own) may lack the tag the full ner gives it.
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
        assertEquals(withoutNumbers(expected), withoutNumbers(shared));
        // both kinds of sentence, and names and dates among the tags, so the comparison covers both annotators
        assertTrue(datedSentences > 0 && datedSentences < split.get(CoreAnnotations.SentencesAnnotation.class).size());
        assertTrue(shared.stream().anyMatch(t -> t.startsWith("PERSON")) && shared.stream().anyMatch(t -> t.startsWith("DATE")));
    }

    /** A sentence of Reuters whose date begins three tokens before its date word: its window has to grow. */
    @Test
    void aDateRunningPastItsWindowIsReadWhole() {
        Properties full = Pipelines.properties(EnumSet.of(Analysis.NAMES, Analysis.NUMBERS_AND_DATES), FineTypes.LOOKUP);
        String text = "The backlog at Harris is up 30 pct from the beginning of\nthe fiscal year, AM said.";
        String date = "1987-02-26";
        List<String> shared = tags(new DateGatedPipeline(full), text, date);
        assertEquals(tags(new StanfordCoreNLP(full), text, date), shared);
        // "the beginning of the fiscal year" (tokens 9 to 14; "year" is the only date word, four tokens after "of")
        assertEquals(Collections.nCopies(6, "DATE 1987"), shared.subList(9, 15));
        assertFalse(shared.get(8).startsWith("DATE") || shared.get(15).startsWith("DATE"));
    }

    private static List<String> withoutNumbers(List<String> tags) {
        return tags.stream().map(t -> t.matches("(NUMBER|ORDINAL|MONEY|PERCENT) .*") ? "O null" : t).toList();
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
