package lede.dedupe;

import java.util.Arrays;

/** Open-addressing map from a 64-bit hash to an int, without boxing: a million entries take ~24 MB. */
final class LongIntMap {
    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    private boolean[] used = new boolean[1024];
    private int size;

    /** The value for {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        int slot = find(key);
        return used[slot] ? values[slot] : missing;
    }

    void put(long key, int value) {
        int slot = find(key);
        if (!used[slot]) {
            used[slot] = true;
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    /** Adds {@code delta} to the value of {@code key} (0 when absent) and returns the new value. */
    int add(long key, int delta) {
        int slot = find(key);
        int value = (used[slot] ? values[slot] : 0) + delta;
        put(key, value);
        return value;
    }

    int size() {
        return size;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) Hashing.mix(key) & mask;
        while (used[slot] && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = find(oldKeys[i]);
                used[slot] = true;
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
