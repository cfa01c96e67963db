package lede.io;

/**
 * Strict UTF-8 (RFC 3629, the Unicode standard's table of well-formed byte sequences). Jackson's parser
 * decodes some ill-formed sequences instead of rejecting them: the overlong {@code C0 AF} and
 * {@code F0 80 80 AF} become {@code /} (a path and filter bypass), {@code ED A0 80} a lone surrogate. Input
 * is checked here first, so such bytes are treated like any other invalid UTF-8, never as ASCII.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** The offset of the first byte of the first ill-formed sequence in the range, or -1 when all is well-formed. */
    public static int firstInvalid(byte[] bytes, int from, int length) {
        int end = from + length;
        int i = from;
        while (i < end) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int need;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                if (b == 0xE0) {
                    low = 0xA0; // below: overlong
                } else if (b == 0xED) {
                    high = 0x9F; // above: surrogates
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                if (b == 0xF0) {
                    low = 0x90; // below: overlong
                } else if (b == 0xF4) {
                    high = 0x8F; // above: beyond U+10FFFF
                }
            } else {
                return i; // a continuation byte, C0/C1 (always overlong), F5..FF
            }
            if (i + need >= end) {
                return i; // cut short
            }
            int second = bytes[i + 1] & 0xff;
            if (second < low || second > high) {
                return i;
            }
            for (int k = 2; k <= need; k++) {
                int c = bytes[i + k] & 0xff;
                if (c < 0x80 || c > 0xBF) {
                    return i;
                }
            }
            i += need + 1;
        }
        return -1;
    }
}
