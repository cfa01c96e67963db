package lede.ingest;

import lede.io.Dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date an article's own text gives: its "Published ..." line (removed by the cleaning rules
 * and handed here) or the dateline that opens it ("KYIV, Sept 9 (Reuters) -"). A feed's date can be the day
 * a crawler saw the page; this one is the outlet's. Datelines without a year take the year that puts them
 * nearest the feed's date.
 */
final class DateInText {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** A dateline: a capitalised place (a few words), a comma, a month and a day, then a dash or an agency. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?-i)\\p{Lu}[\\p{L} .'’-]{1,40},\\s+(?i:" + MONTH + ")\\s+(\\d{1,2})\\b(?:,?\\s+(\\d{4}))?"
                    + "\\s*(?:\\([^)]{1,30}\\)\\s*)?[-–—]");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private DateInText() {
    }

    /**
     * The date (YYYY-MM-DD) of {@code publishedLine}, else of the dateline opening {@code text}; null when
     * neither gives one. {@code feedDate} (ISO or null) supplies a dateline's missing year.
     */
    static String find(String text, String publishedLine, String feedDate) {
        if (publishedLine != null) {
            String date = fullDate(publishedLine);
            if (date != null) {
                return date;
            }
        }
        Matcher m = DATELINE.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        int month = MONTHS.get(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
        int day = Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            return iso(Integer.parseInt(m.group(3)), month, day);
        }
        LocalDate feed = feedDate == null ? null : Dates.isoDay(feedDate);
        if (feed == null) {
            return null; // no year to put it in
        }
        String best = null;
        long bestGap = Long.MAX_VALUE;
        for (int year = feed.getYear() - 1; year <= feed.getYear() + 1; year++) {
            String candidate = iso(year, month, day);
            if (candidate != null) {
                long gap = Math.abs(ChronoUnit.DAYS.between(feed, LocalDate.parse(candidate)));
                if (gap < bestGap) {
                    bestGap = gap;
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** Days between two dates (ISO dates or date-times); 0 when either is unreadable. */
    static long daysApart(String a, String b) {
        LocalDate x = Dates.isoDay(a);
        LocalDate y = Dates.isoDay(b);
        return x == null || y == null ? 0 : Math.abs(ChronoUnit.DAYS.between(x, y));
    }

    private static String fullDate(String line) {
        Matcher m = DAY_MONTH_YEAR.matcher(line);
        if (m.find()) {
            return iso(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(line);
        if (m.find()) {
            return iso(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = ISO_DAY.matcher(line);
        if (m.find()) {
            return iso(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return null;
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static String iso(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
