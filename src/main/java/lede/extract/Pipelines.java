package lede.extract;

import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Builds the CoreNLP pipeline for a set of needs, once per JVM: models take seconds to load and gigabytes
 * to hold, so every thread (and every test) shares one pipeline per configuration.
 */
public final class Pipelines {
    static final String MODELS = "edu/stanford/nlp/models/ner/";
    /** PERSON/ORGANIZATION/LOCATION from the 3-class CRF (as in CoreNLP's default), MISC from the CoNLL one. */
    static final String LEDE_NER_MODELS = MODELS + "english.all.3class.distsim.crf.ser.gz,"
            + MODELS + "english.conll.4class.distsim.crf.ser.gz";

    /** Longer sentences are not tagged (see {@link #properties}). */
    public static final int MAX_SENTENCE_TOKENS = 1000;

    private static final Map<String, Annotator> CACHE = new HashMap<>();

    static {
        GrowingHashMap.install();
    }

    private Pipelines() {
    }

    /** How many pipelines this JVM has loaded (a run with nothing to annotate loads none). */
    public static synchronized int loaded() {
        return CACHE.size();
    }

    public static synchronized Annotator get(Set<Analysis> needs, FineTypes fineTypes) {
        Properties properties = properties(needs, fineTypes);
        return CACHE.computeIfAbsent(properties.toString(), key -> {
            quietCoreNlpLogging();
            // dates with lede's own place types: SUTime only where a sentence may hold a date
            boolean gated = needs.contains(Analysis.NUMBERS_AND_DATES) && fineTypes == FineTypes.LOOKUP;
            if (gated) {
                return new DateGatedPipeline(properties);
            }
            return properties.getProperty("annotators").equals("tokenize,ssplit,ner") && fineTypes == FineTypes.LOOKUP
                    ? names(properties) : new StanfordCoreNLP(properties);
        });
    }

    /** Tokens, sentences and the name CRFs, which load on two threads. */
    private static Annotator names(Properties properties) {
        java.util.concurrent.CompletableFuture<NameModels> crfs = NameModels.loading(properties);
        Properties splitting = new Properties();
        splitting.putAll(properties);
        splitting.setProperty("annotators", "tokenize,ssplit");
        AnnotationPipeline pipeline = new AnnotationPipeline();
        pipeline.addAnnotator(new StanfordCoreNLP(splitting));
        NERCombinerAnnotator ner = NameModels.withoutModels(properties);
        pipeline.addAnnotator(NameModels.join(crfs).into(ner));
        return pipeline;
    }

    /** The CoreNLP properties for these needs: only the annotators and sub-steps they use. */
    public static Properties properties(Set<Analysis> needs, FineTypes fineTypes) {
        Properties p = new Properties();
        StringBuilder annotators = new StringBuilder("tokenize,ssplit");
        boolean numbers = needs.contains(Analysis.NUMBERS_AND_DATES);
        // CoreNLP's fine-grained step matches its lists only on nouns and adjectives: it needs POS tags
        boolean corenlpFine = fineTypes == FineTypes.CORENLP && needs.contains(Analysis.NAMES);
        if (needs.contains(Analysis.POS) || numbers || corenlpFine) {
            annotators.append(",pos,lemma");
        }
        if (needs.contains(Analysis.NAMES) || numbers) {
            annotators.append(",ner");
            if (fineTypes == FineTypes.CORENLP) {
                // CoreNLP's default ner as it is: three CRFs and the fine-grained TokensRegex step
                p.setProperty("ner.applyFineGrained", "true");
            } else {
                p.setProperty("ner.model", LEDE_NER_MODELS);
                p.setProperty("ner.applyFineGrained", "false");
            }
            p.setProperty("ner.applyNumericClassifiers", Boolean.toString(numbers));
            p.setProperty("ner.useSUTime", Boolean.toString(numbers));
            // we build mentions ourselves from the token tags (offsets and chunks are ours to handle)
            p.setProperty("ner.buildEntityMentions", "false");
            if (!numbers && !corenlpFine) {
                // the CRFs use words and distributional clusters, not POS tags
                p.setProperty("enforceRequirements", "false");
            }
        }
        // a "sentence" of thousands of tokens (a table, a list without punctuation) would make the CRFs
        // and SUTime slow and hungry; such sentences are counted but not tagged
        p.setProperty("pos.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
        p.setProperty("ner.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
        p.setProperty("annotators", annotators.toString());
        p.setProperty("tokenize.language", "en");
        // a blank line (the document format's paragraph break) ends a sentence, so no name spans paragraphs
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    private static void quietCoreNlpLogging() {
        // CoreNLP logs every model it loads on stderr; lede reports its own progress
        RedwoodConfiguration.current().clear().apply();
    }
}
