package lede.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;

/**
 * What the stages read from a document, read one way everywhere: its id, its text, the day and time of its
 * date, and the text dedupe compares. A view, not a copy: it reads the document's fields when asked.
 */
public record DocumentView(ObjectNode document) {
    /** The {@code id} as text, or null when missing or null. */
    public String id() {
        JsonNode id = document.get("id");
        return id == null || id.isNull() ? null : id.asText();
    }

    /** The {@code text} when it is a string, else null. */
    public String text() {
        return textual(document.get("text"));
    }

    /** The {@code title} when it is a string, else null. */
    public String title() {
        return textual(document.get("title"));
    }

    /** The {@code date} when it is a string, else null. */
    public String date() {
        return textual(document.get("date"));
    }

    /** The day of the ISO {@code date}, or null. */
    public LocalDate day() {
        return Dates.isoDay(date());
    }

    /** Seconds since 1970 of the ISO {@code date} (offsets ignored), or {@code none}. */
    public long epochSeconds(long none) {
        return Dates.epochSeconds(date(), none);
    }

    /**
     * The text dedupe compares: the {@code text}, with the {@code title} and a blank line before it when
     * {@code withTitle}; null when there is neither.
     */
    public String comparedText(boolean withTitle) {
        String text = text();
        if (withTitle) {
            String title = title();
            if (title != null) {
                return text == null ? title : title + "\n\n" + text;
            }
        }
        return text;
    }

    /** Whether lede dedupe marked the document as a copy of another ({@code dup.of}; the kept one has none). */
    public boolean isCopy() {
        JsonNode dup = document.get("dup");
        return dup != null && dup.isObject() && dup.hasNonNull("of");
    }

    private static String textual(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }
}
