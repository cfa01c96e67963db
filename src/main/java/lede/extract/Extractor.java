package lede.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Adds the configured outputs to documents. Thread-safe: one Extractor (and its one CoreNLP pipeline)
 * serves every worker thread.
 */
public final class Extractor {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ExtractConfig config;
    private final StanfordCoreNLP pipeline;
    private final EntityResolver resolver;

    /** Loads (or reuses) the CoreNLP pipeline the outputs need: seconds to minutes on first use. */
    public Extractor(ExtractConfig config) {
        this.config = config;
        // CoreNLP loads its models on one thread; read CoreNLP's fine-type lists meanwhile on another
        java.util.concurrent.CompletableFuture<?> lists = config.fineTypes() == FineTypes.LOOKUP
                ? java.util.concurrent.CompletableFuture.runAsync(FineTypeLookup::get)
                : java.util.concurrent.CompletableFuture.completedFuture(null);
        this.pipeline = Pipelines.get(Outputs.needs(config.outputs()), config.fineTypes());
        lists.join();
        this.resolver = new EntityResolver(config.fineTypes(), config.aliases(), config.fuzzyAliases());
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
        String date = document.path("date").isTextual() ? document.get("date").asText() : null;
        AnnotatedDocument annotated = annotate(document.get("text").asText(), date);
        document.put("sentences", annotated.sentences().size());
        document.put("tokens", annotated.tokenCount());
        for (ExtractOutput output : config.outputs()) {
            output.addTo(document, annotated);
        }
        return annotated.tokenCount();
    }

    /**
     * The YYYY-MM-DD date SUTime resolves relative dates against, from an ISO date or date-time; null when
     * there is none or it is no real day ({@code 2022-02-30}, {@code 2022-13-01}), which SUTime would
     * answer with a stack trace.
     */
    static String documentDate(String date) {
        if (date == null || date.length() < 10 || !ISO_DATE.matcher(date.substring(0, 10)).matches()
                || impossibleDate(date)) {
            return null;
        }
        return date.substring(0, 10);
    }

    /** True when {@code date} starts like YYYY-MM-DD but names no real day (years 1000 to 2999). */
    public static boolean impossibleDate(String date) {
        if (date == null || date.length() < 10 || !ISO_DATE.matcher(date.substring(0, 10)).matches()) {
            return false;
        }
        try {
            int year = java.time.LocalDate.parse(date.substring(0, 10), java.time.format.DateTimeFormatter
                    .ofPattern("uuuu-MM-dd").withResolverStyle(java.time.format.ResolverStyle.STRICT)).getYear();
            return year < 1000 || year > 2999;
        } catch (java.time.format.DateTimeParseException e) {
            return true;
        }
    }
}
