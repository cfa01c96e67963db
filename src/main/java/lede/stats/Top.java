package lede.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Sorting result rows, keeping only the first {@code n} in a bounded heap when {@code n > 0}. */
final class Top {
    private Top() {
    }

    static <T> List<T> first(Iterable<T> items, int n, Comparator<T> order) {
        List<T> result;
        if (n <= 0) {
            result = new ArrayList<>();
            items.forEach(result::add);
        } else {
            // the heap's head is the worst of the best n so far
            PriorityQueue<T> heap = new PriorityQueue<>(Math.min(n, 1024) + 1, order.reversed());
            for (T item : items) {
                if (heap.size() < n) {
                    heap.add(item);
                } else if (order.compare(item, heap.peek()) < 0) {
                    heap.poll();
                    heap.add(item);
                }
            }
            result = new ArrayList<>(heap);
        }
        result.sort(order);
        return result;
    }

    /** Ascending strings with null last. */
    static int nullLast(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }
}
