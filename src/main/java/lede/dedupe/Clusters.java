package lede.dedupe;

import java.util.Arrays;

/**
 * Union-find over document indexes. With a window, two sets merge only when every date in the merged set
 * lies within {@code windowDays} of every other, so a chain of copies cannot stretch a cluster beyond the
 * window; documents without a date never merge then.
 */
final class Clusters {
    static final int NO_WINDOW = -1;
    private static final long SECONDS_PER_DAY = 86_400L;

    private final int windowDays;
    private int[] parent = new int[1024];
    private long[] minDay = new long[1024];
    private long[] maxDay = new long[1024];
    private int size;

    Clusters(int windowDays) {
        this.windowDays = windowDays;
    }

    /** Adds document {@code doc} (the next index) as a set of its own. */
    void add(int doc, long date) {
        if (doc == parent.length) {
            parent = Arrays.copyOf(parent, doc * 2);
            minDay = Arrays.copyOf(minDay, doc * 2);
            maxDay = Arrays.copyOf(maxDay, doc * 2);
        }
        parent[doc] = doc;
        long day = date == DocTable.NO_DATE ? DocTable.NO_DATE : Math.floorDiv(date, SECONDS_PER_DAY);
        minDay[doc] = day;
        maxDay[doc] = day;
        size = doc + 1;
    }

    int find(int doc) {
        int root = doc;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[doc] != root) { // path compression
            int up = parent[doc];
            parent[doc] = root;
            doc = up;
        }
        return root;
    }

    /** Merges the sets of {@code a} and {@code b} when the window allows; returns whether they are one set. */
    boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return true;
        }
        if (windowDays != NO_WINDOW) {
            if (minDay[ra] == DocTable.NO_DATE || minDay[rb] == DocTable.NO_DATE) {
                return false;
            }
            long low = Math.min(minDay[ra], minDay[rb]);
            long high = Math.max(maxDay[ra], maxDay[rb]);
            if (high - low > windowDays) {
                return false;
            }
            minDay[ra] = low;
            maxDay[ra] = high;
            minDay[rb] = low;
            maxDay[rb] = high;
        }
        // the smaller index becomes the root: roots do not depend on timing, only on input order
        if (ra < rb) {
            parent[rb] = ra;
        } else {
            parent[ra] = rb;
        }
        return true;
    }

    int size() {
        return size;
    }
}
