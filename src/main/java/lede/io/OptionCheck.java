package lede.io;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The one place option values are checked: each check names the option, the allowed range and the value
 * given, and fails with a {@link BadOptionException} (exit 2), so a number or date outside what an option
 * can mean never reaches the work (an "out of memory" for {@code --width 2147483647}, nothing printed for
 * {@code --top -1}, every document dropped for {@code --since 2022-13-45}).
 */
public final class OptionCheck {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private OptionCheck() {
    }

    /** {@code value} within {@code min..max}, both inclusive. */
    public static long between(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new BadOptionException(option + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    public static int between(String option, int value, int min, int max) {
        return (int) between(option, (long) value, min, max);
    }

    /** {@code value} within {@code min..max}, both inclusive (NaN never is). */
    public static double between(String option, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new BadOptionException(option + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    /** A count where 0 means "no limit" (--top): 0 or more. */
    public static int limit(String option, int value) {
        if (value < 0) {
            throw new BadOptionException(option + " must be 0 (no limit) or more, not " + value);
        }
        return value;
    }

    /** Threads: 1 to 1024 (null, not given, passes). */
    public static Integer threads(String option, Integer value) {
        if (value != null) {
            between(option, value, 1, 1024);
        }
        return value;
    }

    /** A calendar day written YYYY-MM-DD, years 1000 to 2999 (null, not given, passes). */
    public static LocalDate day(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.trim(), DAY);
            if (day.getYear() >= 1000 && day.getYear() <= 2999) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        throw new BadOptionException(option + " must be a day YYYY-MM-DD between 1000-01-01 and 2999-12-31, not "
                + value);
    }
}
