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

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    /** The date as ISO 8601, or null when it is not a date this understands. */
    public static String normalize(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (ISO.matcher(s).matches()) {
            return s;
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
     * given as an ISO 8601 UTC time.
     */
    public static String fromEpoch(long value) {
        if (value >= 1000_01_01L && value <= 2999_12_31L) {
            try {
                return LocalDate.of((int) (value / 10000), (int) (value / 100 % 100), (int) (value % 100)).toString();
            } catch (java.time.DateTimeException e) {
                // not a calendar day: read it as seconds
            }
        }
        Instant instant = Math.abs(value) >= 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        return instant.atOffset(ZoneOffset.UTC).toString();
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
