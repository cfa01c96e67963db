package lede.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.pipeline.Annotator;
import lede.io.Dates;
import lede.io.DocumentView;

import java.util.List;

/**
 * Adds the configured outputs to documents. Thread-safe: one Extractor (and its one CoreNLP pipeline)
 * serves every worker thread.
 */
public final class Extractor {
    private final ExtractConfig config;
    private final Annotator pipeline;
    private final EntityResolver resolver;

    static {
        // before the constructor's threads touch CoreNLP (the place lists load beside the pipeline)
        GrowingHashMap.install();
    }

    /** Loads (or reuses) the CoreNLP pipeline the outputs need: seconds to minutes on first use. */
    public Extractor(ExtractConfig config) {
        this.config = config;
        // CoreNLP loads its models on one thread; read CoreNLP's fine-type lists meanwhile on another
        // the lists type names: outputs without names (dates, quantities) do without them
        boolean names = Outputs.needs(config.outputs()).contains(Analysis.NAMES);
        java.util.concurrent.CompletableFuture<?> lists = config.fineTypes() == FineTypes.LOOKUP && names
                ? java.util.concurrent.CompletableFuture.runAsync(FineTypeLookup::get)
                : java.util.concurrent.CompletableFuture.completedFuture(null);
        this.pipeline = Pipelines.get(Outputs.needs(config.outputs()), config.fineTypes());
        lists.join();
        this.resolver = new EntityResolver(config.fineTypes(), config.aliases(), config.fuzzyAliases());
    }

    /**
     * Starts loading on a daemon thread, for a caller that has something else to wait for meanwhile (the first
     * document of a pipe); a run that ends before it is done does not wait for it.
     */
    public static java.util.concurrent.CompletableFuture<Extractor> loading(ExtractConfig config) {
        return NameModels.async(() -> new Extractor(config));
    }

    /** The Extractor of {@link #loading}, or what stopped its loading (as thrown). */
    public static Extractor loaded(java.util.concurrent.CompletableFuture<Extractor> loading) {
        return NameModels.join(loading);
    }

    public List<ExtractOutput> outputs() {
        return config.outputs();
    }

    /** Annotates a text, with its document date (YYYY-MM-DD or ISO date-time; may be null). */
    public AnnotatedDocument annotate(String text, String date) {
        return new AnnotatedDocument(text, documentDate(date), pipeline, config.maxChars(), resolver);
    }

    /**
     * Appends {@code sentences}, {@code tokens} and every configured output to a document whose
     * {@code text} is a string (checked by the caller). Returns the number of tokens.
     */
    public int extract(ObjectNode document) {
        String date = new DocumentView(document).date();
        AnnotatedDocument annotated = annotate(document.get("text").asText(), date);
        document.put("sentences", annotated.sentences().size());
        document.put("tokens", annotated.tokenCount());
        for (ExtractOutput output : config.outputs()) {
            output.addTo(document, annotated);
        }
        return annotated.tokenCount();
    }

    /** The YYYY-MM-DD date SUTime resolves relative dates against, from an ISO date or date-time. */
    static String documentDate(String date) {
        // no real day (2022-02-30, 2022-13-01): SUTime would answer with a stack trace
        return impossibleDate(date) ? null : Dates.isoDayText(date);
    }

    /** True when {@code date} starts like YYYY-MM-DD but names no real day in the years 1000 to 2999. */
    public static boolean impossibleDate(String date) {
        if (Dates.isoDayText(date) == null) {
            return false;
        }
        java.time.LocalDate day = Dates.isoDay(date);
        return day == null || day.getYear() < 1000 || day.getYear() > 2999;
    }
}
