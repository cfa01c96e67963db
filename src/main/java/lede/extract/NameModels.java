package lede.extract;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.PropertiesUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The name CRFs, loaded once and shared by every ner annotator of a pipeline. CoreNLP's {@link NERCombinerAnnotator}
 * built from properties loads its own copy of the models (two CRFs, 50 MB compressed, about a third of extract's
 * start-up), and the one built from objects behaves differently (no NER-specific tokenization, numeric classifiers
 * always on). So each annotator is built from its properties with no model, and the shared CRFs are put in its
 * classifier list: loaded with the properties CoreNLP would pass them, they are the models it would have loaded.
 */
final class NameModels {
    private final List<AbstractSequenceClassifier<CoreLabel>> crfs;

    private NameModels(List<AbstractSequenceClassifier<CoreLabel>> crfs) {
        this.crfs = crfs;
    }

    /** Starts loading the CRFs of {@code properties}' {@code ner.model}, each on its own thread. */
    static CompletableFuture<NameModels> loading(Properties properties) {
        // what NERCombinerAnnotator hands its classifiers: only these keys (none of them varies between lede's annotators)
        Properties passed = PropertiesUtils.extractSelectedProperties(properties,
                NERClassifierCombiner.DEFAULT_PASS_DOWN_PROPERTIES);
        List<CompletableFuture<AbstractSequenceClassifier<CoreLabel>>> loads = new ArrayList<>();
        for (String path : properties.getProperty("ner.model").split(",")) {
            loads.add(async(() -> {
                try {
                    return CrfCache.load(ModelCache.standard(), path.trim(), passed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new))
                .thenApply(done -> new NameModels(loads.stream().map(CompletableFuture::join).toList()));
    }

    /** Runs {@code task} on a new daemon thread (the common pool has one thread on two cores). */
    static <T> CompletableFuture<T> async(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, run -> {
            Thread thread = new Thread(run, "lede-model-loading");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The value of a loading, with the failure that stopped it (not CompletableFuture's wrapper). */
    static <T> T join(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * CoreNLP's ner annotator built from {@code properties} as StanfordCoreNLP builds it (SUTime, numeric classifiers
     * and NER-specific tokenization as they say), without its name models: give it them with {@link #into}.
     */
    static NERCombinerAnnotator withoutModels(Properties properties) {
        Properties noModels = new Properties();
        noModels.putAll(properties);
        noModels.setProperty("ner.model", "");
        try {
            return new NERCombinerAnnotator(noModels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives an annotator of {@link #withoutModels} these CRFs, as its own loading would have; returns it. */
    NERCombinerAnnotator into(NERCombinerAnnotator annotator) {
        try {
            NERClassifierCombiner combiner = (NERClassifierCombiner) field(NERCombinerAnnotator.class, "ner").get(annotator);
            // what ClassifierCombiner's loading sets: the classifier list and the background symbol of the first
            field(ClassifierCombiner.class, "baseClassifiers").set(combiner, new ArrayList<>(crfs));
            combiner.flags.backgroundSymbol = crfs.get(0).flags.backgroundSymbol;
            return annotator;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this CoreNLP version's ner annotator cannot share models: " + e, e);
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
