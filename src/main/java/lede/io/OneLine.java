package lede.io;

/**
 * Messages for stderr on one line: a line break, another control character or a lone surrogate (in a file
 * name, a record, an exception's text) is written as an escape ({@code \n}, {@code \u0007}), so a message
 * is always one line and says exactly what was there.
 */
public final class OneLine {
    private OneLine() {
    }

    public static String of(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            String escape = escape(message, i, c);
            if (escape != null && out == null) {
                out = new StringBuilder(message.length() + 16).append(message, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? message : out.toString();
    }

    private static String escape(String s, int i, char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        boolean lone = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || lone) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
