package lede.cli.stats;

import lede.io.LedeException;
import lede.io.OptionCheck;
import lede.stats.KwicReport;
import picocli.CommandLine.Option;

/** stats kwic's own options and the report they make, for the command line and for Spark (TERM is the command's). */
public final class KwicOptions {
    public static final String DESCRIPTION = "Concordance: every occurrence of TERM (or --regex, or --entity) with its context.";

    @Option(names = "--regex", paramLabel = "RE", description = "Match a Java regular expression in the text.")
    String regex;

    @Option(names = "--entity", paramLabel = "NAME",
            description = "Match every mention of the entity NAME (canonical name), whatever its surface form.")
    String entity;

    @Option(names = "--width", paramLabel = "N", defaultValue = "40",
            description = "Characters of context either side (default 40).")
    int width;

    @Option(names = "--case-sensitive", description = "Match case exactly (default: ignore case).")
    boolean caseSensitive;

    @Option(names = "--top", paramLabel = "N", description = "Only the first N lines.")
    int top;

    /** Whether the first argument is the TERM (neither --regex nor --entity given). */
    public boolean takesTerm() {
        return regex == null && entity == null;
    }

    /** @param term the TERM argument, or null when none was given */
    public KwicReport report(String term) {
        OptionCheck.between("--width", width, 0, KwicReport.MAX_WIDTH);
        OptionCheck.limit("--top", top);
        if (regex != null && entity != null) {
            throw new LedeException("give --regex or --entity, not both");
        }
        if (regex != null) {
            return new KwicReport(KwicReport.Mode.REGEX, regex, width, caseSensitive, top);
        }
        if (entity != null) {
            return new KwicReport(KwicReport.Mode.ENTITY, entity, width, caseSensitive, top);
        }
        if (term == null) {
            throw new LedeException("give a TERM, --regex RE or --entity NAME");
        }
        return new KwicReport(KwicReport.Mode.TERM, term, width, caseSensitive, top);
    }
}
