package lede.ingest;

import lede.io.LedeException;

/**
 * The id check of one run, in input order: a repeated id stops the run, or with {@code renumber} gets the
 * first free suffix (-2, -3, ...).
 */
public final class UniqueIds {
    private final IdSet ids = new IdSet();
    private final boolean renumber;

    public UniqueIds(boolean renumber) {
        this.renumber = renumber;
    }

    /** {@code id} if no earlier document had it, else its renumbered form; {@code source} names the record. */
    public String claim(String id, String source) {
        if (ids.add(id)) {
            return id;
        }
        if (!renumber) {
            throw new LedeException(source + ": duplicate id '" + id + "' (an earlier document has it); "
                    + "give --renumber to number repeated ids");
        }
        for (int n = 2; ; n++) {
            String candidate = id + "-" + n;
            if (ids.add(candidate)) {
                return candidate;
            }
        }
    }
}
