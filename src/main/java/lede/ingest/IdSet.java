package lede.ingest;

/**
 * The ids seen in one run, for the duplicate check: a 64-bit hash per id in an open-addressing table, so a
 * million documents cost 16 MB rather than the ids themselves. Two different ids share a hash with a
 * probability of about n²/2⁶⁵, negligible for any corpus.
 */
public final class IdSet {
    private long[] table = new long[1 << 12];
    private int size;

    /** Adds the id; false when it was already there. */
    public boolean add(String id) {
        long hash = hash(id);
        if (hash == 0) {
            hash = 1; // 0 marks a free slot
        }
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        int mask = table.length - 1;
        for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = hash;
                size++;
                return true;
            }
            if (table[i] == hash) {
                return false;
            }
        }
    }

    public boolean contains(String id) {
        long hash = hash(id);
        if (hash == 0) {
            hash = 1;
        }
        int mask = table.length - 1;
        for (int i = (int) (hash ^ (hash >>> 32)) & mask; table[i] != 0; i = (i + 1) & mask) {
            if (table[i] == hash) {
                return true;
            }
        }
        return false;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long hash : old) {
            if (hash != 0) {
                int i = (int) (hash ^ (hash >>> 32)) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = hash;
            }
        }
    }

    /** FNV-1a over the UTF-16 units, then a murmur3 finalizer to spread the bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53ec54fL;
        h ^= h >>> 33;
        return h;
    }
}
