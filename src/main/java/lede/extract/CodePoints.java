package lede.extract;

/**
 * Converts CoreNLP's UTF-16 offsets into code-point offsets (what Python and jq index by). Texts without
 * characters outside the Basic Multilingual Plane, the usual case, need no table.
 */
final class CodePoints {
    private final int[] table;

    CodePoints(String text) {
        if (text.codePointCount(0, text.length()) == text.length()) {
            table = null;
            return;
        }
        table = new int[text.length() + 1];
        int codePoint = 0;
        for (int i = 0; i < text.length(); i++) {
            table[i] = codePoint;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                codePoint++;
            } else {
                table[i] = codePoint - 1;
            }
        }
        table[text.length()] = codePoint;
    }

    int of(int utf16) {
        return table == null ? utf16 : table[utf16];
    }
}
