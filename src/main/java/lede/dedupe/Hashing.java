package lede.dedupe;

/** 64-bit mixing used for token, shingle and band hashes (the splitmix64 finalizer). */
final class Hashing {
    static final long GOLDEN = 0x9E3779B97F4A7C15L;
    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
