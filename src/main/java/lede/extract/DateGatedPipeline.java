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
 * sentence with a date-like word ({@link DateWords}) instead goes through CoreNLP's full ner as before
 * (POS, lemmas, the same CRFs, numeric classifiers and SUTime), so its tags are the ones it had.
 * The two ner annotators share one copy of the CRFs ({@link NameModels}); the models load in parallel.
 */
final class DateGatedPipeline implements Annotator {
    private final StanfordCoreNLP split;
    private final Annotator names;
    private final Annotator pos;
    private final Annotator lemma;
    private final Annotator datedNames;

    /** {@code full}: the properties of the one-pipeline way ({@link Pipelines#properties}), with pos, lemma and ner. */
    DateGatedPipeline(Properties full) {
        Properties namesOnly = copy(full);
        namesOnly.setProperty("ner.applyNumericClassifiers", "false");
        namesOnly.setProperty("ner.useSUTime", "false");
        // the slow parts each on a thread: the two CRFs, the tagger, SUTime's rules (in the dated ner annotator)
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
        this.datedNames = models.into(NameModels.join(dated));
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
        List<CoreMap> plain = new ArrayList<>();
        List<CoreMap> withDates = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            (DateWords.any(sentence.get(CoreAnnotations.TokensAnnotation.class)) ? withDates : plain).add(sentence);
        }
        if (!plain.isEmpty()) {
            names.annotate(part(annotation, plain));
        }
        if (!withDates.isEmpty()) {
            Annotation part = part(annotation, withDates);
            pos.annotate(part);
            lemma.annotate(part);
            datedNames.annotate(part);
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
        for (Annotator annotator : List.of(split, pos, lemma, datedNames)) {
            satisfied.addAll(annotator.requirementsSatisfied());
        }
        return satisfied;
    }

    @Override
    public Set<Class<? extends edu.stanford.nlp.ling.CoreAnnotation>> requires() {
        return Set.of();
    }
}
