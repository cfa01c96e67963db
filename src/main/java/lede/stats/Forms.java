package lede.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each surface form of one key was seen ("Kherson", "KHERSON"), to show the most common one.
 * Holds no map until a second form turns up, since most keys only ever have one.
 */
final class Forms implements java.io.Serializable {
    private String first;
    private long firstCount;
    private Map<String, Long> others;

    void add(String form) {
        add(form, 1);
    }

    void add(String form, long count) {
        if (first == null || first.equals(form)) {
            first = form;
            firstCount += count;
        } else {
            if (others == null) {
                others = new HashMap<>(4);
            }
            others.merge(form, count, Long::sum);
        }
    }

    void addAll(Forms other) {
        if (other.first != null) {
            add(other.first, other.firstCount);
        }
        if (other.others != null) {
            other.others.forEach(this::add);
        }
    }

    /** The most frequent form; ties go to the first in code-unit order, so the result never depends on input order. */
    String best() {
        if (others == null) {
            return first;
        }
        return ranked().get(0);
    }

    /** All forms, most frequent first, ties in code-unit order. */
    List<String> ranked() {
        List<Map.Entry<String, Long>> entries = new ArrayList<>();
        if (first != null) {
            entries.add(Map.entry(first, firstCount));
        }
        if (others != null) {
            entries.addAll(others.entrySet());
        }
        entries.sort((x, y) -> {
            int byCount = Long.compare(y.getValue(), x.getValue());
            return byCount != 0 ? byCount : x.getKey().compareTo(y.getKey());
        });
        List<String> forms = new ArrayList<>(entries.size());
        for (Map.Entry<String, Long> entry : entries) {
            forms.add(entry.getKey());
        }
        return forms;
    }
}
