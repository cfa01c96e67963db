package lede.dedupe;

import java.io.Serializable;

/**
 * Which document of a cluster is kept (--keep), as one total order, the same for the command line and Spark:
 * first (the smallest input position), longest (the longest compared text) or earliest (the earliest date,
 * undated last); ties of longest and earliest go to the smaller id, so only {@code first} looks at the input
 * order.
 */
public final class KeepRule implements Serializable {
    private final DedupeOptions.Keep keep;

    /** What the rule looks at of one member. */
    public record Member(long position, String id, int length, long date) implements Serializable {
    }

    public KeepRule(DedupeOptions.Keep keep) {
        this.keep = keep;
    }

    /** Whether {@code a} is kept rather than {@code b}. */
    public boolean better(Member a, Member b) {
        int c = switch (keep) {
            case FIRST -> Long.compare(b.position(), a.position());
            case LONGEST -> Integer.compare(a.length(), b.length());
            case EARLIEST -> Long.compare(dateOrLast(b), dateOrLast(a));
        };
        return c != 0 ? c > 0 : a.id().compareTo(b.id()) < 0;
    }

    /** The one of the two that is kept. */
    public Member kept(Member a, Member b) {
        return better(a, b) ? a : b;
    }

    private static long dateOrLast(Member member) {
        return member.date() == DocTable.NO_DATE ? Long.MAX_VALUE : member.date();
    }
}
