package lede.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place that reads dates. Ingest turns an input's publication date into ISO 8601 ({@link #normalize},
 * {@link #fromEpoch}); the later stages read the ISO date of a document back ({@link #isoDay},
 * {@link #epochSeconds}, {@link #isoDayText}), each as leniently as it always has.
 */
public final class Dates {
    private static final Pattern ISO = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            pattern("EEE, d MMM yyyy HH:mm:ss zzz"),
            pattern("EEE MMM d HH:mm:ss zzz yyyy"),
            pattern("d-MMM-yyyy HH:mm:ss[.SS]"),
            pattern("yyyy/MM/dd HH:mm[:ss]"),
            pattern("MMMM d, yyyy h:mm a"),
            pattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]X"));

    private static final List<DateTimeFormatter> DATES = List.of(
            pattern("yyyy/MM/dd"),
            pattern("yyyy.MM.dd"),
            pattern("yyyyMMdd"),
            pattern("MMMM d, yyyy"),
            pattern("MMM d, yyyy"),
            pattern("MMM. d, yyyy"),
            pattern("d MMMM yyyy"),
            pattern("d MMM yyyy"),
            pattern("EEEE, MMMM d, yyyy"),
            pattern("EEEE, d MMMM yyyy"),
            pattern("d-MMM-yyyy"));

    private Dates() {
    }

    /** Strict: "30 February 2022" is no date (the default resolver would quietly make it 28 February). */
    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern.replace("yyyy", "uuuu"))
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** Years outside this range are taken for typing or unit errors, not publication dates. */
    static final int FIRST_YEAR = 1000;
    static final int LAST_YEAR = 2999;

    private static String inRange(String iso) {
        if (iso == null || iso.length() < 4) {
            return null;
        }
        try {
            int year = Integer.parseInt(iso, 0, 4, 10);
            return year >= FIRST_YEAR && year <= LAST_YEAR && Character.isDigit(iso.charAt(0)) ? iso : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An ISO 8601 text whose day and time are real: 2022-02-30 and 2022-13-01T00:00:00 are not. */
    private static boolean realIso(String s) {
        if (isoDay(s) == null) {
            return false;
        }
        if (s.length() > 10) {
            int hour = Integer.parseInt(s, 11, 13, 10);
            int minute = Integer.parseInt(s, 14, 16, 10);
            int second = s.length() >= 19 && s.charAt(16) == ':' ? Integer.parseInt(s, 17, 19, 10) : 0;
            return hour <= 23 && minute <= 59 && second <= 60; // 60: a leap second
        }
        return true;
    }

    /**
     * The date as ISO 8601, or null when it is not a date this understands: an impossible day or time, or a
     * year outside 1000-2999, is no date (the caller keeps the original and warns).
     */
    public static String normalize(String raw) {
        return inRange(parse(raw));
    }

    private static String parse(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (ISO.matcher(s).matches()) {
            return realIso(s) ? s : null;
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                TemporalAccessor t = f.parse(s);
                if (t.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
                    return OffsetDateTime.from(t).toString();
                }
                try {
                    return ZonedDateTime.from(t).toOffsetDateTime().toString();
                } catch (RuntimeException noZone) {
                    return LocalDateTime.from(t).toString();
                }
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.from(f.parse(s)).toString();
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return null;
    }

    /**
     * A number as a date: eight digits that make a real day are YYYYMMDD (20220806 is 2022-08-06, not
     * 23 August 1970); anything else is seconds or milliseconds since 1970 (as in many JSON exports),
     * given as an ISO 8601 UTC time; null when that falls outside the years 1000-2999.
     */
    public static String fromEpoch(long value) {
        return inRange(epochToIso(value));
    }

    private static String epochToIso(long value) {
        if (value >= 1000_01_01L && value <= 2999_12_31L) {
            try {
                return LocalDate.of((int) (value / 10000), (int) (value / 100 % 100), (int) (value % 100)).toString();
            } catch (java.time.DateTimeException e) {
                // not a calendar day: read it as seconds
            }
        }
        try {
            Instant instant = Math.abs(value) >= 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
            return instant.atOffset(ZoneOffset.UTC).toString();
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /** The YYYY-MM-DD day of an ISO date, for --since/--until. */
    public static String day(String iso) {
        return iso.length() >= 10 ? iso.substring(0, 10) : iso;
    }

    // ---- reading a document's ISO date back ----------------------------------------------------------------

    /** The day of an ISO 8601 date or date-time (its first ten characters), or null when they are no day. */
    public static LocalDate isoDay(String date) {
        if (date == null || date.length() < 10 || date.charAt(4) != '-' || date.charAt(7) != '-') {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(date, 0, 4, 10), Integer.parseInt(date, 5, 7, 10),
                    Integer.parseInt(date, 8, 10, 10));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /**
     * Seconds since 1970 of an ISO 8601 date or date-time as written (offsets ignored), or {@code none} when
     * it is no date (a time that is not one makes the whole no date).
     */
    public static long epochSeconds(String date, long none) {
        LocalDate day = isoDay(date);
        if (day == null) {
            return none;
        }
        try {
            long seconds = day.toEpochDay() * 86_400L;
            if (date.length() >= 16 && (date.charAt(10) == 'T' || date.charAt(10) == ' ') && date.charAt(13) == ':') {
                seconds += Integer.parseInt(date.substring(11, 13)) * 3600L + Integer.parseInt(date.substring(14, 16)) * 60L;
                if (date.length() >= 19 && date.charAt(16) == ':') {
                    seconds += Integer.parseInt(date.substring(17, 19));
                }
            }
            return seconds;
        } catch (RuntimeException e) {
            return none;
        }
    }

    /**
     * The YYYY-MM-DD of an ISO date or date-time as written, when its first ten characters have that layout
     * (not checked as a calendar day: SUTime takes it as it is), else null.
     */
    public static String isoDayText(String date) {
        if (date == null || date.length() < 10 || !ISO_DAY.matcher(date.substring(0, 10)).matches()) {
            return null;
        }
        return date.substring(0, 10);
    }
}
