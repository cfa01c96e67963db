package lede.dedupe;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The words of a text as 64-bit hashes, after the normalisation that exact matching promises: NFKC, lower
 * case, and only letters, digits and combining marks count, so whitespace, punctuation and the style of
 * quotes and dashes make no difference ("Don’t—stop" and "don't - STOP" give the same words).
 * One instance per thread; {@link #read} reuses its buffer.
 */
final class Tokens {
    private long[] hashes = new long[1024];
    private boolean[] numeric = new boolean[1024];
    private int count;

    void read(String text) {
        count = 0;
        String s = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        long h = Hashing.FNV_OFFSET;
        boolean inWord = false;
        boolean digit = false;
        int length = s.length();
        for (int i = 0; i < length; ) {
            int cp = s.charAt(i);
            if (Character.isHighSurrogate((char) cp)) {
                cp = s.codePointAt(i);
            }
            i += Character.charCount(cp);
            if (isWordPart(cp)) {
                int lower = cp < 128 ? (cp <= 'Z' && cp >= 'A' ? cp | 0x20 : cp) : Character.toLowerCase(cp);
                h = (h ^ lower) * Hashing.FNV_PRIME;
                inWord = true;
                digit |= cp < 128 ? cp <= '9' : Character.isDigit(cp);
            } else if (inWord) {
                add(Hashing.mix(h), digit);
                h = Hashing.FNV_OFFSET;
                inWord = false;
                digit = false;
            }
        }
        if (inWord) {
            add(Hashing.mix(h), digit);
        }
    }

    int count() {
        return count;
    }

    long get(int i) {
        return hashes[i];
    }

    long[] array() {
        return hashes;
    }

    /** Whether word {@code i} has a digit in it (a number, a date, a code like "G7"). */
    boolean numeric(int i) {
        return numeric[i];
    }

    /** A hash of the whole word sequence: equal for texts that are equal after normalisation. */
    long exactHash() {
        long h = Hashing.GOLDEN;
        for (int i = 0; i < count; i++) {
            h = (h ^ hashes[i]) * Hashing.FNV_PRIME + Hashing.GOLDEN;
        }
        return Hashing.mix(h ^ count);
    }

    private void add(long hash, boolean digit) {
        if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
            numeric = Arrays.copyOf(numeric, count * 2);
        }
        numeric[count] = digit;
        hashes[count++] = hash;
    }

    private static boolean isWordPart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
