package lede.dedupe;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;

/**
 * The links found between documents (exact copies, verified near copies), turned into clusters. Without a
 * window a cluster is a connected component, whatever order the links come in. With a window a link is
 * refused when it would stretch a cluster beyond it, so the order matters: the links are applied in an order
 * that depends on the documents alone, not on the input order: exact links first, then near links from the
 * most similar pair down, ties by the two ids.
 */
public final class Links {
    private final int size;
    private final IntFunction<String> ids;
    private final IntToLongFunction dates;
    private final int windowDays;
    private long[] exact = new long[16];
    private int exactCount;
    private long[] near = new long[16];
    private int nearCount;
    /** With a window: the members of each exact class of two or more in (date, id) order, and where each starts. */
    private int[] members = new int[0];
    private int[] classStart;
    private int[] rep;

    Links(DocTable table, int windowDays) {
        this(table.size(), table::id, table::date, windowDays);
    }

    private Links(int size, IntFunction<String> ids, IntToLongFunction dates, int windowDays) {
        this.size = size;
        this.ids = ids;
        this.dates = dates;
        this.windowDays = windowDays;
    }

    /**
     * The clusters of one connected component of the links, with a window (Spark's per-component step; the
     * window only ever splits components): members {@code 0..n-1} in input order with their ids, dates and exact
     * class representatives ({@code rep}, -1 for an unsigned member), and the near links between representatives
     * ({@code a << 32 | b}) with their signature agreements. Returns each member's cluster as the smallest member
     * index in it.
     */
    public static int[] windowed(String[] ids, long[] dates, int[] rep, long[] near, int[] sameCounts, int windowDays) {
        Links links = new Links(ids.length, i -> ids[i], i -> dates[i], windowDays);
        links.addExact(rep);
        links.addNear(near);
        java.util.Map<Long, Integer> scores = new java.util.HashMap<>();
        for (int i = 0; i < near.length; i++) {
            scores.put(near[i], sameCounts[i]);
        }
        Clusters clusters = links.cluster((a, b) -> scores.get((long) a << 32 | b));
        int[] root = new int[ids.length];
        for (int i = 0; i < root.length; i++) {
            root[i] = clusters.find(i);
        }
        return root;
    }

    /**
     * Links every exact copy to its class: to the representative {@code rep[doc]} without a window, and with
     * one to the class member next to it in (date, id) order, so a window splits a class at its gaps only.
     */
    void addExact(int[] rep) {
        this.rep = rep;
        int n = rep.length;
        if (windowDays == Clusters.NO_WINDOW) {
            for (int doc = 0; doc < n; doc++) {
                if (rep[doc] >= 0 && rep[doc] != doc) {
                    exact = add(exact, exactCount++, rep[doc], doc);
                }
            }
            return;
        }
        boolean[] inClass = new boolean[n];
        int members = 0;
        for (int doc = 0; doc < n; doc++) {
            if (rep[doc] >= 0 && rep[doc] != doc) {
                members += inClass[doc] ? 0 : 1;
                inClass[doc] = true;
                members += inClass[rep[doc]] ? 0 : 1;
                inClass[rep[doc]] = true;
            }
        }
        Integer[] order = new Integer[members];
        int k = 0;
        for (int doc = 0; doc < n; doc++) {
            if (inClass[doc]) {
                order[k++] = doc;
            }
        }
        Arrays.sort(order, (a, b) -> rep[a] != rep[b] ? Integer.compare(rep[a], rep[b])
                : dates.applyAsLong(a) != dates.applyAsLong(b) ? Long.compare(dates.applyAsLong(a), dates.applyAsLong(b))
                : ids.apply(a).compareTo(ids.apply(b)));
        this.members = new int[members];
        classStart = new int[n];
        Arrays.fill(classStart, -1);
        for (int i = 0; i < members; i++) {
            this.members[i] = order[i];
            if (i == 0 || rep[order[i]] != rep[order[i - 1]]) {
                classStart[rep[order[i]]] = i;
            } else {
                exact = add(exact, exactCount++, order[i - 1], order[i]);
            }
        }
    }

    /**
     * With a window, a near link between two exact-class representatives stands for the links between all
     * their members (a window may have split a class): tried in (date, id) order, the class of the smaller id
     * first, until one joins.
     */
    private void unionClasses(Clusters clusters, int a, int b) {
        if (ids.apply(a).compareTo(ids.apply(b)) > 0) { // the class of the smaller id first, whatever the input order
            int t = a;
            a = b;
            b = t;
        }
        int[] as = classOf(a);
        int[] bs = classOf(b);
        for (int x : as) {
            for (int y : bs) {
                clusters.union(x, y);
            }
        }
    }

    private int[] classOf(int doc) {
        int start = classStart[doc];
        if (start < 0) {
            return new int[]{doc};
        }
        int classRep = rep[doc];
        int end = start + 1;
        while (end < members.length && rep[members[end]] == classRep) {
            end++;
        }
        return Arrays.copyOfRange(members, start, end);
    }

    /** Adds verified near copies, each {@code a << 32 | b}. */
    void addNear(long[] pairs) {
        for (long pair : pairs) {
            near = add(near, nearCount++, (int) (pair >>> 32), (int) pair);
        }
    }

    /** The clusters of all documents in the table. */
    Clusters cluster(java.util.function.IntBinaryOperator sameCount) {
        Clusters clusters = new Clusters(windowDays);
        for (int doc = 0; doc < size; doc++) {
            clusters.add(doc, dates.applyAsLong(doc));
        }
        for (int i = 0; i < exactCount; i++) {
            clusters.union((int) (exact[i] >>> 32), (int) exact[i]);
        }
        if (windowDays == Clusters.NO_WINDOW) {
            for (int i = 0; i < nearCount; i++) {
                clusters.union((int) (near[i] >>> 32), (int) near[i]);
            }
            return clusters;
        }
        Integer[] order = new Integer[nearCount];
        int[] score = new int[nearCount];
        for (int i = 0; i < nearCount; i++) {
            order[i] = i;
            score[i] = sameCount.applyAsInt((int) (near[i] >>> 32), (int) near[i]);
        }
        Arrays.sort(order, (x, y) -> score[x] != score[y] ? Integer.compare(score[y], score[x]) : compareIds(near[x], near[y]));
        for (int i : order) {
            unionClasses(clusters, (int) (near[i] >>> 32), (int) near[i]);
        }
        return clusters;
    }

    /** Compares two links by their smaller id, then their larger id. */
    private int compareIds(long x, long y) {
        String[] a = ids(x);
        String[] b = ids(y);
        int c = a[0].compareTo(b[0]);
        return c != 0 ? c : a[1].compareTo(b[1]);
    }

    private String[] ids(long pair) {
        String p = ids.apply((int) (pair >>> 32));
        String q = ids.apply((int) pair);
        return p.compareTo(q) <= 0 ? new String[]{p, q} : new String[]{q, p};
    }

    private static long[] add(long[] array, int at, int a, int b) {
        long[] out = at == array.length ? Arrays.copyOf(array, at * 2) : array;
        out[at] = (long) a << 32 | b;
        return out;
    }
}
