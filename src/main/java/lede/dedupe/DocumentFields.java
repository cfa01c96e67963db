package lede.dedupe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;

/** The fields of a document that dedupe reads: the compared text, the id and the date. */
final class DocumentFields {
    private DocumentFields() {
    }


    /** The text dedupe compares: {@code text}, or the title and the text. */
    static String comparedText(ObjectNode document, DedupeOptions.Field field) {
        String text = textual(document.get("text"));
        if (field == DedupeOptions.Field.TITLE_TEXT) {
            String title = textual(document.get("title"));
            if (title != null) {
                return text == null ? title : title + "\n\n" + text;
            }
        }
        return text;
    }

    private static String textual(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    /** The document's {@code id}, or {@code #N} (its 1-based input position) when it has none. */
    static String idOf(ObjectNode document, int position) {
        JsonNode id = document.get("id");
        if (id == null || id.isNull() || id.isContainerNode()) {
            return "#" + (position + 1);
        }
        return id.asText();
    }

    /** Seconds since 1970 of an ISO 8601 date or date-time as written (offsets ignored), or NO_DATE. */
    static long epochSeconds(JsonNode date) {
        String s = textual(date);
        if (s == null || s.length() < 10) {
            return DocTable.NO_DATE;
        }
        try {
            if (s.charAt(4) != '-' || s.charAt(7) != '-') {
                return DocTable.NO_DATE;
            }
            long seconds = LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                    Integer.parseInt(s, 8, 10, 10)).toEpochDay() * 86_400L;
            if (s.length() >= 16 && (s.charAt(10) == 'T' || s.charAt(10) == ' ') && s.charAt(13) == ':') {
                seconds += Integer.parseInt(s.substring(11, 13)) * 3600L + Integer.parseInt(s.substring(14, 16)) * 60L;
                if (s.length() >= 19 && s.charAt(16) == ':') {
                    seconds += Integer.parseInt(s.substring(17, 19));
                }
            }
            return seconds;
        } catch (RuntimeException e) {
            return DocTable.NO_DATE;
        }
    }
}
