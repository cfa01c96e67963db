package lede.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.DocumentView;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Reading the document fields stats uses: dates, periods, entities, quotes, quantities. */
public final class Docs {
    private Docs() {
    }

    /** A time bucket for {@code --by}. */
    public enum Period {
        DAY, WEEK, MONTH, YEAR;

        public String fieldName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Period of(String name) {
            for (Period period : values()) {
                if (period.fieldName().equals(name)) {
                    return period;
                }
            }
            return null;
        }

        /** The period of an ISO date (2022-09-09, 2022-W36, 2022-09, 2022), or null. */
        public String of(LocalDate date) {
            if (date == null) {
                return null;
            }
            return switch (this) {
                case DAY -> date.toString();
                case WEEK -> String.format(Locale.ROOT, "%04d-W%02d",
                        date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case MONTH -> date.toString().substring(0, 7);
                case YEAR -> date.toString().substring(0, 4);
            };
        }

        /**
         * Every period from the first to the last of {@code keys} (nulls ignored), in order: the time axis with
         * its empty periods present, so a chart does not draw a line straight across a gap. Empty when no key
         * is a period of this kind.
         */
        public List<String> span(Collection<String> keys) {
            String first = null;
            String last = null;
            for (String key : keys) {
                if (key != null && start(key) != null) {
                    first = first == null || key.compareTo(first) < 0 ? key : first;
                    last = last == null || key.compareTo(last) > 0 ? key : last;
                }
            }
            List<String> span = new ArrayList<>();
            if (first == null) {
                return span;
            }
            for (LocalDate day = start(first); of(day).compareTo(last) <= 0; day = next(day)) {
                span.add(of(day));
            }
            return span;
        }

        /** The first day of a period key this kind writes, or null when the key is not one. */
        LocalDate start(String key) {
            try {
                return switch (this) {
                    case DAY -> LocalDate.parse(key);
                    case WEEK -> LocalDate.of(Integer.parseInt(key.substring(0, 4)), 1, 4)
                            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(key.substring(6)))
                            .with(java.time.DayOfWeek.MONDAY);
                    case MONTH -> LocalDate.parse(key + "-01");
                    case YEAR -> LocalDate.of(Integer.parseInt(key), 1, 1);
                };
            } catch (RuntimeException e) {
                return null;
            }
        }

        private LocalDate next(LocalDate day) {
            return switch (this) {
                case DAY -> day.plusDays(1);
                case WEEK -> day.plusWeeks(1);
                case MONTH -> day.plusMonths(1);
                case YEAR -> day.plusYears(1);
            };
        }
    }

    /** The document's day: the first ten characters of {@code date} when they are an ISO date, else null. */
    public static LocalDate day(ObjectNode document) {
        return new DocumentView(document).day();
    }

    /** The document's day as an ISO string, or null. */
    public static String dayString(ObjectNode document) {
        LocalDate day = day(document);
        return day == null ? null : day.toString();
    }

    public static String text(ObjectNode document) {
        JsonNode text = document.get("text");
        return text == null || text.isNull() ? "" : text.asText();
    }

    public static String id(ObjectNode document) {
        return new DocumentView(document).id();
    }

    /** One entity mention as {@code extract} writes it. */
    public record Mention(String text, String type, String canonical, int start, int end) {
        /** The name it counts under: the canonical name, else the surface text. */
        public String name() {
            return canonical != null ? canonical : text;
        }
    }

    public static List<Mention> entities(ObjectNode document) {
        JsonNode entities = document.get("entities");
        List<Mention> mentions = new ArrayList<>();
        if (entities == null || !entities.isArray()) {
            return mentions;
        }
        for (JsonNode entity : entities) {
            String text = textOrNull(entity.get("text"));
            String canonical = textOrNull(entity.get("canonical"));
            if (text == null && canonical == null) {
                continue;
            }
            mentions.add(new Mention(text == null ? canonical : text, textOrNull(entity.get("type")), canonical,
                    entity.path("start").asInt(-1), entity.path("end").asInt(-1)));
        }
        return mentions;
    }

    /** One quote as {@code extract} writes it. */
    public record Quote(String text, String speaker, String speakerMention, int start, int end) {
    }

    public static List<Quote> quotes(ObjectNode document) {
        JsonNode quotes = document.get("quotes");
        List<Quote> result = new ArrayList<>();
        if (quotes == null || !quotes.isArray()) {
            return result;
        }
        for (JsonNode quote : quotes) {
            result.add(new Quote(textOrNull(quote.get("text")), textOrNull(quote.get("speaker")),
                    textOrNull(quote.get("speaker_mention")), quote.path("start").asInt(-1),
                    quote.path("end").asInt(-1)));
        }
        return result;
    }

    /** One quantity as {@code extract} writes it; {@code unit} is null for a bare count. */
    public record Quantity(String text, String kind, double value, String unit) {
    }

    public static List<Quantity> quantities(ObjectNode document) {
        JsonNode quantities = document.get("quantities");
        List<Quantity> result = new ArrayList<>();
        if (quantities == null || !quantities.isArray()) {
            return result;
        }
        for (JsonNode q : quantities) {
            if (q.path("kind").isTextual() && q.path("value").isNumber()) {
                result.add(new Quantity(textOrNull(q.get("text")), q.get("kind").asText(), q.get("value").asDouble(),
                        textOrNull(q.get("unit"))));
            }
        }
        return result;
    }

    static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** A count field {@code extract} wrote ({@code tokens}, {@code sentences}), or -1 when absent. */
    public static long count(ObjectNode document, String field) {
        JsonNode node = document.get(field);
        return node != null && node.isIntegralNumber() ? node.asLong() : -1;
    }
}
