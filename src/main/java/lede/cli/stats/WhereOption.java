package lede.cli.stats;

import lede.stats.Where;
import picocli.CommandLine.Option;

/** {@code --where}: the document filter every report but keyness applies first. */
public final class WhereOption {
    @Option(names = {"-w", "--where"}, paramLabel = "EXPR",
            description = "Only documents matching EXPR, e.g. 'date >= 2022-09-01 and has entity \"Kherson\"' "
                    + "(see the README for the filter language).")
    public String where;

    public Where parse() {
        return Where.parse(where);
    }
}
