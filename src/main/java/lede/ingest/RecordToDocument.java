package lede.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.ingest.FieldMap.Match;
import lede.ingest.FieldMap.Role;
import lede.ingest.TextCleaner.Cleaned;
import lede.ingest.TextCleaner.Removal;
import lede.ingest.format.RawRecord;
import lede.io.Dates;
import lede.io.Json;
import lede.io.LedeException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Ingest's per-record core: turns one raw record (an NDJSON line, a CSV row, a text or HTML file) into a
 * document with the fields id, source, title, date, author, url, lang, text, meta, (warnings), ingest, in
 * that order; or says why it is bad or skipped. Safe to call from several threads at once: it keeps no state
 * between records (each thread gets its own {@link TextCleaner}). Ids are not checked here: whether an id
 * repeats depends on the documents before it, which {@link UniqueIds} sees in input order.
 */
public final class RecordToDocument implements Function<RawRecord, RecordToDocument.Outcome> {
    /** What became of a record: a document, a bad record, or a document the filters skip. */
    public record Outcome(ObjectNode doc, byte[] json, String id, String source, Map<String, Integer> removed,
                          Skip skip, String file, long line, String badReason, String badRaw) {
        static Outcome bad(RawRecord raw, String reason, String rawText) {
            return new Outcome(null, null, null, null, null, null, raw.file(), raw.line(), reason, rawText);
        }

        static Outcome skipped(Skip skip) {
            return new Outcome(null, null, null, null, null, skip, null, 0, null, null);
        }

        /** True when the document carries the "not an article" warning. */
        boolean notArticle() {
            JsonNode warnings = doc.get("warnings");
            if (warnings != null) {
                for (JsonNode w : warnings) {
                    if (NOT_AN_ARTICLE.equals(w.asText())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The same document under another id (the doc's id field is changed too). */
        Outcome withId(String id) {
            doc.put("id", id);
            return new Outcome(doc, null, id, source, removed, null, null, 0, null, null);
        }
    }

    /** Why a good record gives no document. */
    public enum Skip { TOO_SHORT, OUTSIDE_DATES, UNDATED, NOT_AN_ARTICLE }

    /** The warning on a document whose text is only site furniture (newsletter, cookie or sign-up page). */
    public static final String NOT_AN_ARTICLE = "not an article";

    private final IngestOptions options;
    private final boolean serialize;
    private final ThreadLocal<TextCleaner> cleaners;
    private final ThreadLocal<LanguageGuess> languages = ThreadLocal.withInitial(LanguageGuess::new);
    private final ThreadLocal<DocumentBytes> writers = ThreadLocal.withInitial(DocumentBytes::new);
    private final FieldMap fields;
    private final String since;
    private final String until;

    /**
     * @param serialize also write each document's NDJSON bytes ({@link Outcome#json}): on the worker thread,
     *                  writing is a good part of the work
     */
    public RecordToDocument(IngestOptions options, boolean serialize) {
        this.options = options;
        this.serialize = serialize;
        this.cleaners = ThreadLocal.withInitial(() -> new TextCleaner(options.rules(), options.keepRemoved()));
        Map<Role, String> overrides = new EnumMap<>(Role.class);
        putIfGiven(overrides, Role.ID, options.idField());
        putIfGiven(overrides, Role.TEXT, options.textField());
        putIfGiven(overrides, Role.TITLE, options.titleField());
        putIfGiven(overrides, Role.DATE, options.dateField());
        this.fields = new FieldMap(overrides);
        this.since = options.since() == null ? null : day("--since", options.since());
        this.until = options.until() == null ? null : day("--until", options.until());
    }

    private static void putIfGiven(Map<Role, String> map, Role role, String name) {
        if (name != null && !name.isBlank()) {
            map.put(role, name);
        }
    }

    private static String day(String option, String value) {
        String iso = Dates.normalize(value);
        if (iso == null) {
            throw new LedeException(option + " " + value + ": not a date (use YYYY-MM-DD)");
        }
        return Dates.day(iso);
    }

    @Override
    public Outcome apply(RawRecord raw) {
        return process(raw);
    }

    private Outcome process(RawRecord raw) {
        if (raw.source() == null) {
            return Outcome.bad(raw, raw.body(), raw.jsonText());
        }
        ObjectNode record = raw.record();
        if (raw.json() != null) {
            if (lede.io.Utf8.firstInvalid(raw.json(), 0, raw.json().length) >= 0) {
                // not UTF-8 (overlong forms such as C0 AF too, which Jackson would read as "/"): as below
                String line = Decoding.decodeLenient(raw.json(), 0, raw.json().length, new boolean[1]);
                raw.warnings().add(Decoding.FALLBACK_WARNING);
                return processJsonText(raw, line);
            }
            try {
                record = asObject(Json.EXACT_NUMBERS.readTree(raw.json()));
            } catch (StreamConstraintsException e) {
                return Outcome.bad(raw, "JSON nested deeper than " + Json.MAX_NESTING + " levels", utf8(raw.json()));
            } catch (JsonProcessingException e) {
                String message = e.getOriginalMessage();
                if (message == null || !message.contains("UTF-8")) {
                    return Outcome.bad(raw, "not valid JSON: " + jsonReason(message) + prettyPrintHint(raw.json()),
                            utf8(raw.json()));
                }
                // not UTF-8: read the line's invalid bytes as Windows-1252 instead
                String line = Decoding.decodeLenient(raw.json(), 0, raw.json().length, new boolean[1]);
                raw.warnings().add(Decoding.FALLBACK_WARNING);
                return processJsonText(raw, line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (record == null) {
                return Outcome.bad(raw, notAnObject(raw.json()), utf8(raw.json()));
            }
        } else if (raw.jsonText() != null) {
            return processJsonText(raw, raw.jsonText());
        }
        return build(raw, record);
    }

    private Outcome processJsonText(RawRecord raw, String line) {
        try {
            ObjectNode record = asObject(Json.EXACT_NUMBERS.readTree(line));
            if (record == null) {
                return Outcome.bad(raw, "expected a JSON object, found " + Json.describe(Json.MAPPER.readTree(line)), line);
            }
            return build(raw, record);
        } catch (StreamConstraintsException e) {
            return Outcome.bad(raw, "JSON nested deeper than " + Json.MAX_NESTING + " levels", line);
        } catch (JsonProcessingException e) {
            return Outcome.bad(raw, "not valid JSON: " + jsonReason(e.getOriginalMessage()), line);
        }
    }

    private static ObjectNode asObject(JsonNode node) {
        return node instanceof ObjectNode object ? object : null;
    }

    private static String notAnObject(byte[] json) {
        try {
            return "expected a JSON object, found " + Json.describe(Json.MAPPER.readTree(json));
        } catch (IOException e) {
            return "expected a JSON object";
        }
    }


    /** A line that is only "{" or "[" is a pretty-printed JSON file, not NDJSON: say how to convert it. */
    private static String prettyPrintHint(byte[] line) {
        String s = utf8(line).strip();
        return s.equals("{") || s.equals("[")
                ? " (this looks like pretty-printed JSON; ingest reads one object per line: "
                + "convert with jq -c '.[]' FILE for an array, jq -c . FILE for objects)"
                : "";
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Jackson's message without its location details, which name no file the user knows. */
    private static String jsonReason(String message) {
        if (message == null) {
            return "unreadable";
        }
        int cut = message.indexOf(" (start marker at");
        if (cut < 0) {
            cut = message.indexOf("\n at [Source");
        }
        return cut < 0 ? message : message.substring(0, cut);
    }

    /** Builds one document from a record's fields (or an HTML page, or a plain-text body). */
    private Outcome build(RawRecord raw, ObjectNode record) {
        List<String> warnings = raw.warnings();
        String body = raw.body();
        if (raw.html()) {
            HtmlArticle article = HtmlArticle.parse(raw.body(), null);
            record = Json.object();
            record.put("title", article.title());
            record.put("date", article.date());
            record.put("author", article.author());
            record.put("url", article.url());
            record.put("lang", article.lang());
            body = article.text();
            if (article.warning() != null) {
                warnings.add(article.warning());
            }
        }
        JsonNode[] roles = new JsonNode[Role.values().length];
        int[] ranks = new int[roles.length];
        String[] roleKeys = new String[roles.length];
        if (record != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Match match = fields.match(field.getKey());
                if (match == null || field.getValue().isNull()) {
                    continue;
                }
                int r = match.role().ordinal();
                if (roles[r] == null || match.rank() < ranks[r]) {
                    roles[r] = field.getValue();
                    ranks[r] = match.rank();
                    roleKeys[r] = field.getKey();
                }
            }
        }
        String text = body;
        if (text == null) {
            JsonNode textNode = roles[Role.TEXT.ordinal()];
            text = textNode == null ? null : textOf(textNode, "\n\n");
            if (text == null) {
                warnings.add("no text field (looked for " + String.join(", ", fields.textAliases()) + ")");
                text = "";
                roleKeys[Role.TEXT.ordinal()] = null;
            }
        }
        Cleaned cleaned = cleaners.get().clean(text, raw.plainText());

        String date = null;
        JsonNode dateNode = roles[Role.DATE.ordinal()];
        if (dateNode != null) {
            // a number too large for a long is no date (asLong would wrap it round)
            date = dateNode.isIntegralNumber() ? (dateNode.canConvertToLong() ? Dates.fromEpoch(dateNode.asLong()) : null)
                    : Dates.normalize(dateNode.asText());
            if (date == null) {
                warnings.add("date not understood: " + dateNode.asText());
                roleKeys[Role.DATE.ordinal()] = null; // keep the original in meta
            }
        }
        if (date == null) {
            date = cleaned.date();
        }
        if (cleaned.text().codePointCount(0, cleaned.text().length()) < options.minChars()) {
            return Outcome.skipped(Skip.TOO_SHORT);
        }
        if (date == null) {
            if (options.requireDate()) {
                return Outcome.skipped(Skip.UNDATED);
            }
        } else if (since != null || until != null) {
            String day = Dates.day(date);
            if (since != null && day.compareTo(since) < 0 || until != null && day.compareTo(until) > 0) {
                return Outcome.skipped(Skip.OUTSIDE_DATES);
            }
        }

        String id = stringOf(roles[Role.ID.ordinal()]);
        if (id == null || id.isBlank()) {
            id = raw.defaultId();
        }
        String title = line(roles[Role.TITLE.ordinal()]);
        if (title == null) {
            title = cleaned.title();
        }
        String author = line(roles[Role.AUTHOR.ordinal()]);
        if (author == null) {
            author = cleaned.author();
        }
        String feedLang = line(roles[Role.LANG.ordinal()]);
        LanguageGuess.Result lang = languages.get().of(feedLang, cleaned.text());
        if (lang == null) {
            warnings.add("language not understood: " + feedLang);
            roleKeys[Role.LANG.ordinal()] = null; // keep the original in meta
            lang = languages.get().detect(cleaned.text());
        }
        String dateInText = DateInText.find(cleaned.text(), cleaned.published(), date);
        if (dateInText != null && date != null && DateInText.daysApart(date, dateInText) > 1) {
            warnings.add("date " + Dates.day(date) + " differs from the date in the text, " + dateInText);
        }
        if (cleaned.onlyFurniture()) {
            if (options.dropNonArticles()) {
                return Outcome.skipped(Skip.NOT_AN_ARTICLE);
            }
            warnings.add(NOT_AN_ARTICLE);
        }
        ObjectNode doc = Json.object();
        doc.put("id", id);
        doc.put("source", raw.source());
        doc.put("title", title);
        doc.put("date", date);
        doc.put("author", author);
        doc.put("url", line(roles[Role.URL.ordinal()]));
        doc.put("lang", lang.lang());
        doc.put("text", cleaned.text());
        ObjectNode meta = doc.putObject("meta");
        if (record != null && body == null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                // a null title or date of the input is the document's null title or date, not meta
                boolean nullOfRole = field.getValue().isNull() && fields.match(field.getKey()) != null;
                if (!nullOfRole && !isConsumed(field.getKey(), roleKeys)) {
                    meta.set(field.getKey(), field.getValue());
                }
            }
        }
        if (!warnings.isEmpty()) {
            ArrayNode w = doc.putArray("warnings");
            warnings.forEach(w::add);
        }
        ObjectNode ingest = doc.putObject("ingest");
        ObjectNode removed = ingest.putObject("removed");
        for (Map.Entry<String, Integer> e : cleaned.removed().entrySet()) {
            removed.put(e.getKey(), e.getValue());
        }
        ObjectNode langNote = ingest.putObject("lang");
        langNote.put("confidence", lang.confidence());
        langNote.put("from", lang.from());
        if (dateInText != null) {
            ingest.put("date_in_text", dateInText);
        }
        if (options.keepRemoved()) {
            ArrayNode spans = ingest.putArray("removed_text");
            for (Removal r : cleaned.spans()) {
                spans.addObject().put("rule", r.rule()).put("text", r.text());
            }
        }
        byte[] json = null;
        if (serialize) {
            json = writers.get().bytes(doc); // on the worker thread: writing is a good part of the work
        }
        return new Outcome(doc, json, id, raw.source(), cleaned.removed(), null, null, 0, null, null);
    }

    /** One generator and buffer a thread writes every document with, as Json.MAPPER would write it (JsonTreeTest). */
    private static final class DocumentBytes {
        private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(1 << 14);
        private final com.fasterxml.jackson.core.JsonGenerator generator;

        DocumentBytes() {
            try {
                generator = Json.generator(buffer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            generator.setRootValueSeparator(null);
        }

        byte[] bytes(ObjectNode doc) {
            buffer.reset();
            try {
                Json.write(generator, doc);
                generator.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return buffer.toByteArray();
        }
    }

    private static boolean isConsumed(String key, String[] roleKeys) {
        for (String k : roleKeys) {
            if (key.equals(k)) {
                return true;
            }
        }
        return false;
    }

    /** A field's value as text: strings as they are, arrays of strings joined, numbers and booleans printed. */
    private static String textOf(JsonNode node, String separator) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                String part = textOf(item, separator);
                if (part != null && !part.isBlank()) {
                    parts.add(part);
                }
            }
            return String.join(separator, parts);
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        return null;
    }

    private static String stringOf(JsonNode node) {
        return node == null ? null : textOf(node, " ");
    }

    /** A one-line field, normalized; null when missing or blank. */
    private static String line(JsonNode node) {
        if (node == null) {
            return null;
        }
        String value = textOf(node, ", ");
        if (value == null) {
            return null;
        }
        value = TextChars.normalizeLine(value);
        return value.isEmpty() ? null : value;
    }
}
