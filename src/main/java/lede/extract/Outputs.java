package lede.extract;

import lede.io.LedeException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The outputs {@code extract} knows, in the order their fields are appended to a document. */
public final class Outputs {
    /** Every output, in field order; further outputs (quantities, quotes) are added to this list. */
    public static final List<ExtractOutput> ALL = List.of(
            new EntitiesOutput(),
            new DatesOutput(),
            new QuantitiesOutput(),
            new QuotesOutput());

    private Outputs() {
    }

    public static List<String> names() {
        return ALL.stream().map(ExtractOutput::name).toList();
    }

    /** The outputs named in a comma-separated list (null or empty: all), in field order. */
    public static List<ExtractOutput> parse(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return ALL;
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String item : requested) {
            for (String name : item.split(",")) {
                String trimmed = name.trim().toLowerCase();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (!names().contains(trimmed)) {
                    throw new LedeException("unknown output '" + trimmed + "' for --only; choose from "
                            + String.join(", ", names()));
                }
                wanted.add(trimmed);
            }
        }
        if (wanted.isEmpty()) {
            throw new LedeException("--only needs at least one of " + String.join(", ", names()));
        }
        List<ExtractOutput> chosen = new ArrayList<>();
        for (ExtractOutput output : ALL) {
            if (wanted.contains(output.name())) {
                chosen.add(output);
            }
        }
        return chosen;
    }

    /** The union of what the outputs need, with the implied steps added (dates and numbers need POS). */
    public static Set<Analysis> needs(List<ExtractOutput> outputs) {
        Set<Analysis> needs = EnumSet.noneOf(Analysis.class);
        outputs.forEach(o -> needs.addAll(o.needs()));
        if (needs.contains(Analysis.NUMBERS_AND_DATES)) {
            needs.add(Analysis.POS);
            needs.add(Analysis.NAMES);
        }
        return needs;
    }

    /** The same outputs, with {@code dates} keeping vague references ("the past") marked {@code vague}. */
    public static List<ExtractOutput> withVagueDates(List<ExtractOutput> outputs) {
        return outputs.stream().map(o -> o instanceof DatesOutput dates ? dates.keepingVague() : o).toList();
    }

    static String describe(List<ExtractOutput> outputs) {
        return outputs.stream().map(ExtractOutput::name).collect(Collectors.joining(","));
    }
}
