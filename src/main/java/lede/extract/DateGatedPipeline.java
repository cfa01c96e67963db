package lede.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * CoreNLP for outputs that need dates, run per sentence as far as each sentence needs. SUTime and CoreNLP's
 * numeric classifiers (with the part-of-speech tags they read) took about 70 % of extract's CPU, yet most
 * sentences of news name no date or number. Every sentence is tokenized and tagged by the name CRFs; a
 * sentence with a date-like word ({@link DateWords}) is also tagged with parts of speech and lemmas (before the
 * CRFs, as in CoreNLP's full ner), and SUTime with the numeric classifiers reads the stretches around its
 * date-like words ({@link DateWindows}), so its tags are the ones CoreNLP's full ner gives it.
 * The ner annotators share one copy of the CRFs ({@link NameModels}); the models load in parallel.
 */
final class DateGatedPipeline implements Annotator {
    private final StanfordCoreNLP split;
    private final Annotator names;
    private final Annotator pos;
    private final Annotator lemma;
    /** CoreNLP's ner with its numeric classifiers and SUTime but no CRF: the names pass has tagged the names. */
    private final Annotator dates;

    /** {@code full}: the properties of the one-pipeline way ({@link Pipelines#properties}), with pos, lemma and ner. */
    DateGatedPipeline(Properties full) {
        Properties namesOnly = copy(full);
        namesOnly.setProperty("ner.applyNumericClassifiers", "false");
        namesOnly.setProperty("ner.useSUTime", "false");
        // the slow parts each on a thread: the two CRFs, the tagger, SUTime's rules (in the dates annotator)
        CompletableFuture<NameModels> crfs = NameModels.loading(full);
        CompletableFuture<Annotator> tagger = NameModels.async(() -> new POSTaggerAnnotator("pos", full));
        CompletableFuture<NERCombinerAnnotator> dated = NameModels.async(() -> NameModels.withoutModels(full));
        Properties splitting = copy(full);
        splitting.setProperty("annotators", "tokenize,ssplit");
        this.split = new StanfordCoreNLP(splitting);
        this.lemma = new MorphaAnnotator(false);
        NERCombinerAnnotator plainNames = NameModels.withoutModels(namesOnly);
        NameModels models = NameModels.join(crfs);
        this.names = models.into(plainNames);
        this.dates = NameModels.join(dated);
        this.pos = NameModels.join(tagger);
    }

    private static Properties copy(Properties properties) {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    @Override
    public void annotate(Annotation annotation) {
        split.annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> withDates = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            if (DateWords.any(sentence.get(CoreAnnotations.TokensAnnotation.class))) {
                withDates.add(sentence);
            }
        }
        Annotation dated = part(annotation, withDates);
        if (!withDates.isEmpty()) {
            // tags for the whole sentence, before the CRFs (which read them where they have them, as in CoreNLP's
            // full ner) and the tense of a date's clause (which reads them)
            pos.annotate(dated);
            lemma.annotate(dated);
        }
        names.annotate(part(annotation, sentences));
        if (!withDates.isEmpty()) {
            DateWindows.annotate(dates, annotation, withDates);
        }
    }

    /** Some of a document's sentences as a document: the annotators write their tags into the same tokens. */
    private static Annotation part(Annotation whole, List<CoreMap> sentences) {
        Annotation part = new Annotation(whole.get(CoreAnnotations.TextAnnotation.class));
        List<CoreLabel> tokens = new ArrayList<>();
        sentences.forEach(s -> tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        String date = whole.get(CoreAnnotations.DocDateAnnotation.class);
        if (date != null) {
            part.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        return part;
    }

    @Override
    public Set<Class<? extends edu.stanford.nlp.ling.CoreAnnotation>> requirementsSatisfied() {
        Set<Class<? extends edu.stanford.nlp.ling.CoreAnnotation>> satisfied = new java.util.HashSet<>();
        for (Annotator annotator : List.of(split, pos, lemma, dates)) {
            satisfied.addAll(annotator.requirementsSatisfied());
        }
        return satisfied;
    }

    @Override
    public Set<Class<? extends edu.stanford.nlp.ling.CoreAnnotation>> requires() {
        return Set.of();
    }
}
