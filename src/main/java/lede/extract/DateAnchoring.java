package lede.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places a weekday, or a month (and day) named without a year, on the calendar around the article's date.
 * SUTime puts "Friday" in the article's week and "June 5" or "June" in the article's year whatever the
 * sentence says; news means the past when the clause is in the past tense ("said on Friday"), the future
 * when it is in the future or says "next", and otherwise the day or month nearest to the article's date.
 */
public final class DateAnchoring {
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night))?";
    /** "Friday", "on Friday", "late Friday", "next Friday", "Friday night", "Friday's". */
    private static final Pattern WEEKDAY_ALONE = Pattern.compile(
            "(?:(?:early|late)\\s+(?:on\\s+)?|on\\s+|(next)\\s+)?" + WEEKDAY + "(?:['’]s)?" + PART_OF_DAY);
    private static final String MONTH = "(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|"
            + "june?|july?|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
    /** A month and day ("June 5", "5 June", "Feb. 9", "next March 3") without a year. */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?:(next)\\s+)?(?:" + MONTH + "\\s*(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ")");
    /** A month alone, with the modifiers SUTime keeps in its value ("late August", "the end of March"). */
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "(?:(next)\\s+)?(?:(?:early|mid|late)[-\\s]+|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)?" + MONTH);
    private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(.*)");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})(\\D.*)?");

    private DateAnchoring() {
    }

    /**
     * The value SUTime gave ({@code value}) for the expression {@code text}, placed by the tense of its clause
     * around the article's date {@code articleDay}; the value as it is when it is none of these cases.
     */
    public static String anchor(String text, String value, LocalDate articleDay, ClauseTense.Tense tense) {
        if (value == null || articleDay == null) {
            return value;
        }
        String lower = text.toLowerCase(Locale.ROOT).strip();
        Matcher day = DAY_VALUE.matcher(value);
        Matcher weekday = WEEKDAY_ALONE.matcher(lower);
        if (day.matches() && weekday.matches()) {
            DayOfWeek named = DayOfWeek.valueOf(weekday.group(2).toUpperCase(Locale.ROOT));
            boolean next = weekday.group(1) != null;
            return weekday(named, articleDay, next ? ClauseTense.Tense.FUTURE : tense, next) + day.group(4);
        }
        Matcher monthDay = MONTH_DAY.matcher(lower);
        if (day.matches() && monthDay.matches()) {
            LocalDate sutime = safeDate(day);
            if (sutime == null) {
                return value;
            }
            boolean next = monthDay.group(1) != null;
            return monthDay(sutime, articleDay, next ? ClauseTense.Tense.FUTURE : tense) + day.group(4);
        }
        Matcher month = MONTH_VALUE.matcher(value);
        Matcher monthAlone = MONTH_ALONE.matcher(lower);
        if (month.matches() && monthAlone.matches()) {
            int number = Integer.parseInt(month.group(2));
            if (number < 1 || number > 12) {
                return value;
            }
            YearMonth sutime = YearMonth.of(Integer.parseInt(month.group(1)), number);
            boolean next = monthAlone.group(1) != null;
            YearMonth placed = month(sutime, YearMonth.from(articleDay), next ? ClauseTense.Tense.FUTURE : tense);
            return placed + (month.group(3) == null ? "" : month.group(3));
        }
        return value;
    }

    /** The weekday before (past), after (future) or nearest to the article's day; "next" skips the day itself. */
    static LocalDate weekday(DayOfWeek named, LocalDate articleDay, ClauseTense.Tense tense, boolean strictlyAfter) {
        int back = Math.floorMod(articleDay.getDayOfWeek().getValue() - named.getValue(), 7);
        int ahead = Math.floorMod(named.getValue() - articleDay.getDayOfWeek().getValue(), 7);
        if (strictlyAfter && ahead == 0) {
            ahead = 7;
        }
        return switch (tense) {
            case PAST -> articleDay.minusDays(back);
            case FUTURE -> articleDay.plusDays(ahead);
            case NONE -> back <= ahead ? articleDay.minusDays(back) : articleDay.plusDays(ahead);
        };
    }

    /** The same month and day in the year that puts it before, after or nearest to the article's day. */
    static LocalDate monthDay(LocalDate sutime, LocalDate articleDay, ClauseTense.Tense tense) {
        LocalDate before = inYear(sutime, articleDay.getYear());
        if (before.isAfter(articleDay)) {
            before = inYear(sutime, articleDay.getYear() - 1);
        }
        LocalDate after = inYear(sutime, articleDay.getYear());
        if (after.isBefore(articleDay)) {
            after = inYear(sutime, articleDay.getYear() + 1);
        }
        return switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            case NONE -> ChronoUnit.DAYS.between(before, articleDay) <= ChronoUnit.DAYS.between(articleDay, after)
                    ? before : after;
        };
    }

    /** The same month in the year that puts it before, after or nearest to the article's month (a tie stays). */
    static YearMonth month(YearMonth sutime, YearMonth article, ClauseTense.Tense tense) {
        YearMonth before = article.withMonth(sutime.getMonthValue());
        if (before.isAfter(article)) {
            before = before.minusYears(1);
        }
        YearMonth after = article.withMonth(sutime.getMonthValue());
        if (after.isBefore(article)) {
            after = after.plusYears(1);
        }
        return switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            case NONE -> {
                long back = ChronoUnit.MONTHS.between(before, article);
                long ahead = ChronoUnit.MONTHS.between(article, after);
                yield back < ahead ? before : ahead < back ? after : article.withMonth(sutime.getMonthValue());
            }
        };
    }

    private static LocalDate inYear(LocalDate day, int year) {
        // 29 February in a year without one is the 28th
        return day.withYear(year);
    }

    private static LocalDate safeDate(Matcher day) {
        try {
            return LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
