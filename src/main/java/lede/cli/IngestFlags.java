package lede.cli;

import lede.ingest.Format;
import lede.ingest.IngestOptions;
import lede.ingest.Rules;
import lede.io.OptionCheck;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code lede ingest} that shape its documents, as one picocli mixin: the command line and
 * {@code lede spark} (ingest, pipeline) take the same options with the same meanings from here.
 */
public final class IngestFlags {
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every input as this format: ${COMPLETION-CANDIDATES}. Default: by file extension "
                    + "(.txt .ndjson .jsonl .json .csv .tsv .html .htm, each also .gz).")
    Format format;

    @Option(names = "--id-field", paramLabel = "NAME",
            description = "Field or column with the document id (default: id, _id, doc_id, guid, uuid).")
    String idField;

    @Option(names = "--text-field", paramLabel = "NAME",
            description = "Field or column with the text (default: text, body, content, article, story, ...).")
    String textField;

    @Option(names = "--title-field", paramLabel = "NAME",
            description = "Field or column with the title (default: title, headline, head, heading).")
    String titleField;

    @Option(names = "--date-field", paramLabel = "NAME",
            description = "Field or column with the date (default: date, published, published_at, pubdate, ...).")
    String dateField;

    @Option(names = "--min-chars", paramLabel = "N", defaultValue = "0",
            description = "Skip documents whose cleaned text is shorter than N characters.")
    int minChars;

    @Option(names = "--since", paramLabel = "DATE", description = "Skip documents dated before DATE (YYYY-MM-DD).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Skip documents dated after DATE (inclusive).")
    String until;

    @Option(names = "--require-date", description = "Skip documents without a date (kept by default).")
    boolean requireDate;

    @Option(names = "--renumber", description = "Give a repeated id a suffix (-2, -3, ...) instead of stopping.")
    boolean renumber;

    @Option(names = "--drop-non-articles",
            description = "Drop documents whose text is only site furniture (newsletter, cookie or sign-up pages); "
                    + "by default they are kept with the warning \"not an article\". Counted in the summary.")
    boolean dropNonArticles;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Cleaning rules to add; a rule with the name of a shipped one replaces it. Repeatable.")
    List<Path> rulesFiles = new ArrayList<>();

    @Option(names = "--no-default-rules", description = "Use only the rules of --rules files.")
    boolean noDefaultRules;

    @Option(names = "--no-rule", paramLabel = "NAME", description = "Turn off one cleaning rule. Repeatable.")
    List<String> offRules = new ArrayList<>();

    @Option(names = "--keep-removed",
            description = "Also keep the removed text in ingest.removed_text: [{rule, text}].")
    boolean keepRemoved;

    /** The options checked and set on ingest's builder; the caller adds threads and the line limit. */
    public IngestOptions.Builder builder() {
        OptionCheck.between("--min-chars", minChars, 0, Integer.MAX_VALUE);
        OptionCheck.day("--since", since);
        OptionCheck.day("--until", until);
        Rules rules = noDefaultRules ? Rules.none() : Rules.defaults();
        for (Path file : rulesFiles) {
            rules = rules.plus(file);
        }
        rules = rules.without(offRules);
        return IngestOptions.builder()
                .format(format)
                .idField(idField)
                .textField(textField)
                .titleField(titleField)
                .dateField(dateField)
                .minChars(minChars)
                .since(since)
                .until(until)
                .requireDate(requireDate)
                .renumber(renumber)
                .keepRemoved(keepRemoved)
                .dropNonArticles(dropNonArticles)
                .rules(rules);
    }

    /** Documents shorter than this were skipped (the summary names the figure). */
    public int minChars() {
        return minChars;
    }
}
