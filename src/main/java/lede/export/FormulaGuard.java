package lede.export;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheet programs from running text as a formula ("CSV injection"): Excel, LibreOffice and
 * Google Sheets treat a CSV cell starting with {@code = + - @} (and, in some versions, tab or carriage
 * return) as a formula, so a scraped headline like {@code =HYPERLINK("http://evil","click")} becomes a
 * live link or worse. Such cells get a leading apostrophe, which the programs show as plain text.
 * Plain numbers such as {@code -5}, {@code +3.2}, {@code -1,000} or {@code -0.3%} stay as they are.
 */
public final class FormulaGuard {
    private static final Pattern PLAIN_NUMBER =
            Pattern.compile("[+-]?(\\d+(,\\d{3})*(\\.\\d+)?|\\.\\d+)([eE][+-]?\\d+)?%?");

    private FormulaGuard() {
    }

    /** True when a spreadsheet could read {@code cell} as a formula. */
    public static boolean isRisky(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return switch (first) {
            case '=', '@', '\t', '\r' -> true;
            case '+', '-' -> !PLAIN_NUMBER.matcher(cell).matches();
            default -> false;
        };
    }

    /** {@code cell}, with a leading apostrophe when it is risky. */
    public static String guard(String cell) {
        return isRisky(cell) ? "'" + cell : cell;
    }
}
