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
import lede.io.Inputs;
import lede.io.Json;
import lede.io.LedeException;
import lede.io.LineReader;
import lede.io.Rejects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The ingest stage: reads articles from files, folders, globs or stdin in any supported {@link Format},
 * and turns each into a document with the fields id, source, title, date, author, url, lang, text, meta,
 * (warnings), ingest, in that order. Library code: the caller supplies the inputs and a consumer for the
 * documents, and reads the {@link Summary} at the end.
 */
public final class Ingest {
    /** What the user asked for; the defaults ingest everything with the shipped rules. */
    public static final class Options {
        public Format format;
        public String idField;
        public String textField;
        public String titleField;
        public String dateField;
        public int minChars;
        public String since;
        public String until;
        public boolean requireDate;
        public boolean renumber;
        public boolean keepRemoved;
        public Rules rules = Rules.defaults();
        /** Threads that clean documents; output order stays the input order. */
        public int threads = Runtime.getRuntime().availableProcessors();
        /** An NDJSON line longer than this is a bad record ({@code --max-line-bytes}). */
        public int maxLineBytes = lede.io.NdjsonReader.DEFAULT_MAX_LINE_BYTES;
    }

    /** What a run did, for the end-of-run line on stderr. */
    public static final class Summary {
        public long files;
        public long documents;
        public long tooShort;
        public long outsideDates;
        public long undated;
        public long empty;
        public final Map<String, Long> removed = new LinkedHashMap<>();

        /** One line such as "5 documents from 5 files; removed: share-widget 1, ...". */
        public String describe(int minChars) {
            StringBuilder b = new StringBuilder();
            b.append(documents).append(documents == 1 ? " document" : " documents")
                    .append(" from ").append(files).append(files == 1 ? " file" : " files");
            if (tooShort > 0) {
                b.append("; skipped ").append(tooShort).append(" shorter than ").append(minChars).append(" characters");
            }
            if (outsideDates > 0) {
                b.append("; skipped ").append(outsideDates).append(" outside --since/--until");
            }
            if (empty > 0) {
                b.append("; skipped ").append(empty).append(empty == 1 ? " empty file" : " empty files");
            }
            if (undated > 0) {
                b.append("; skipped ").append(undated).append(" without a date");
            }
            if (!removed.isEmpty()) {
                b.append("; removed:");
                String sep = " ";
                for (Map.Entry<String, Long> e : removed.entrySet()) {
                    b.append(sep).append(e.getKey()).append(' ').append(e.getValue());
                    sep = ", ";
                }
            }
            return b.toString();
        }
    }

    private final Options options;
    private final Rejects rejects;
    private final ThreadLocal<TextCleaner> cleaners;
    private final FieldMap fields;
    private final IdSet ids = new IdSet();
    private final Summary summary = new Summary();
    private final String since;
    private final String until;
    /** Whether workers serialize documents (for {@link #run(List, OutputStream)}). */
    private volatile boolean serialize;

    public Ingest(Options options, Rejects rejects) {
        this.options = options;
        this.rejects = rejects;
        this.cleaners = ThreadLocal.withInitial(() -> new TextCleaner(options.rules, options.keepRemoved));
        Map<Role, String> overrides = new EnumMap<>(Role.class);
        putIfGiven(overrides, Role.ID, options.idField);
        putIfGiven(overrides, Role.TEXT, options.textField);
        putIfGiven(overrides, Role.TITLE, options.titleField);
        putIfGiven(overrides, Role.DATE, options.dateField);
        this.fields = new FieldMap(overrides);
        this.since = options.since == null ? null : day("--since", options.since);
        this.until = options.until == null ? null : day("--until", options.until);
        for (String name : options.rules.names()) {
            summary.removed.put(name, 0L);
        }
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

    /** What the run did so far; rules that removed nothing are left out of {@code removed}. */
    public Summary summary() {
        summary.removed.values().removeIf(count -> count == 0);
        return summary;
    }

    /** Ingests the named inputs (files, folders, globs, "-" for stdin) in order, giving each document to {@code out}. */
    public void run(List<String> inputs, Consumer<ObjectNode> out) {
        serialize = false;
        runInOrder(inputs, outcome -> out.accept(outcome.doc));
    }

    /**
     * Ingests the named inputs in order and writes the documents to {@code out} as NDJSON (the bytes
     * {@link lede.io.NdjsonWriter} writes); the worker threads also serialize, so this is the fast way.
     */
    public void run(List<String> inputs, OutputStream out) {
        serialize = true;
        runInOrder(inputs, outcome -> {
            try {
                out.write(outcome.json != null ? outcome.json : Json.MAPPER.writeValueAsBytes(outcome.doc));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void runInOrder(List<String> inputs, Consumer<Outcome> out) {
        try (Pipeline pipeline = new Pipeline(out)) {
            for (String file : InputFiles.expand(inputs, options.format != null)) {
                ingestFile(file, pipeline);
            }
            pipeline.finish();
        }
    }

    /** Ingests one file or stdin ("-"). */
    private void ingestFile(String name, Pipeline out) {
        String display = Inputs.displayName(name);
        summary.files++;
        lineReached = 0;
        try (InputStream opened = Inputs.open(name)) {
            BufferedInputStream in = opened instanceof BufferedInputStream b ? b : new BufferedInputStream(opened, 1 << 16);
            Charset bom = Decoding.readBom(in);
            boolean utf16 = bom != null && bom != StandardCharsets.UTF_8;
            if (!utf16 && Decoding.looksBinary(in)) {
                out.add(Raw.rejected(display, 1, "not a text file (binary data)"));
                return;
            }
            Format format = options.format != null ? options.format : Format.ofFileName(name);
            if (format == null) {
                int first = utf16 ? -1 : Decoding.firstNonSpace(in);
                format = first == '{' ? Format.NDJSON : first == '<' ? Format.HTML : Format.TXT;
            }
            switch (format) {
                case TXT -> readWhole(display, in, bom, false, out);
                case HTML -> readWhole(display, in, bom, true, out);
                case NDJSON -> readNdjson(display, in, bom, out);
                case CSV, TSV -> readCsv(display, in, bom, format == Format.TSV, out);
            }
        } catch (IOException e) {
            // a truncated gzip or a read error: what came before stays; the file is a bad record, so
            // --skip-bad goes on with the next input
            out.add(Raw.rejected(display, Math.max(1, lineReached + 1), "cannot read: " + lede.io.IoErrors.describe(e)));
        }
    }

    /** The last line read of the current file, to say where a read error struck. */
    private long lineReached;

    // ---- formats: each turns its input into Raw records, in order -----------------------------------------

    private void readWhole(String display, BufferedInputStream in, Charset bom, boolean html, Pipeline out)
            throws IOException {
        Reader reader = reader(in, bom);
        String content = readAll(reader);
        if (content.isBlank()) {
            summary.empty++; // an empty file or stdin is no article
            return;
        }
        List<String> warnings = new ArrayList<>(1);
        if (reader instanceof Decoding.LenientReader lenient && lenient.fellBack()) {
            warnings.add(Decoding.FALLBACK_WARNING);
        }
        String id = Format.baseName(display);
        if (html) {
            out.add(new Raw(display, 1, display, id, null, null, null, content, true, false, warnings));
        } else {
            out.add(new Raw(display, 1, display, id, null, null, null, content, false, true, warnings));
        }
    }

    private void readNdjson(String display, BufferedInputStream in, Charset bom, Pipeline out) throws IOException {
        String base = Format.baseName(display);
        if (bom != null && bom != StandardCharsets.UTF_8) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, bom), 1 << 16);
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank()) {
                    out.add(new Raw(display, number, display + ":" + number, base + "-" + number, null, line, null,
                            null, false, false, new ArrayList<>(0)));
                }
            }
            return;
        }
        LineReader lines = new LineReader(in, options.maxLineBytes);
        while (lines.next()) {
            if (lines.tooLong()) {
                out.add(Raw.rejected(display, lines.number(), "line longer than " + options.maxLineBytes
                        + " bytes (a bigger limit: --max-line-bytes)"));
                continue;
            }
            byte[] bytes = lines.bytes();
            int length = lines.length();
            if (isBlank(bytes, length)) {
                continue;
            }
            long number = lines.number();
            lineReached = number;
            out.add(new Raw(display, number, display + ":" + number, base + "-" + number,
                    Arrays.copyOf(bytes, length), null, null, null, false, false, new ArrayList<>(0)));
        }
    }

    private void readCsv(String display, BufferedInputStream in, Charset bom, boolean tsv, Pipeline out)
            throws IOException {
        Reader reader = reader(in, bom);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(tsv ? '\t' : ',')
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .setIgnoreEmptyLines(true)
                .build();
        CSVParser parser;
        try {
            parser = format.parse(reader);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            out.add(Raw.rejected(display, 1, "bad CSV header: " + e.getMessage()));
            return;
        }
        List<String> header = parser.getHeaderNames();
        String base = Format.baseName(display);
        long row = 0;
        long nextLine = parser.getCurrentLineNumber() + 1;
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                // Commons CSV says "(startline N) ..."; the line is in our message already
                message = message == null ? "unreadable" : message.replaceFirst("^\\(startline \\d+\\) ", "");
                out.add(Raw.rejected(display, nextLine, "bad CSV: " + message));
                return; // the parser cannot go on after a broken quote
            }
            row++;
            long line = nextLine;
            nextLine = parser.getCurrentLineNumber() + 1;
            if (record.size() != header.size()) {
                out.add(Raw.rejected(display, line, "row has " + record.size() + " fields, the header has "
                        + header.size(), String.join(tsv ? "\t" : ",", record.values())));
                continue;
            }
            ObjectNode fieldsOfRow = Json.object();
            for (int i = 0; i < header.size(); i++) {
                fieldsOfRow.put(header.get(i), record.get(i));
            }
            List<String> warnings = new ArrayList<>(0);
            if (reader instanceof Decoding.LenientReader lenient && lenient.fellBack()) {
                warnings.add(Decoding.FALLBACK_WARNING);
            }
            out.add(new Raw(display, line, display + ":" + line, base + "-" + row, null, null, fieldsOfRow, null,
                    false, false, warnings));
        }
    }

    private static Reader reader(BufferedInputStream in, Charset bom) {
        if (bom != null && bom != StandardCharsets.UTF_8) {
            return new InputStreamReader(in, bom);
        }
        return new Decoding.LenientReader(in);
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder b = new StringBuilder(1 << 14);
        char[] buffer = new char[1 << 14];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            b.append(buffer, 0, n);
        }
        return b.toString();
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    // ---- records to documents (on any thread) ----------------------------------------------------------

    /**
     * One input record as read, before any work on it. Exactly one of {@code json} (an NDJSON line's bytes),
     * {@code jsonText} (a decoded NDJSON line), {@code record} (CSV fields) or {@code body} (a whole plain-text
     * or HTML file) is set; a record that is already known to be bad has a null {@code source} and its reason
     * in {@code body}, its raw text in {@code jsonText}.
     */
    private record Raw(String file, long line, String source, String defaultId, byte[] json, String jsonText,
                       ObjectNode record, String body, boolean html, boolean plainText, List<String> warnings) {
        static Raw rejected(String file, long line, String reason) {
            return rejected(file, line, reason, null);
        }

        static Raw rejected(String file, long line, String reason, String rawText) {
            return new Raw(file, line, null, null, null, rawText, null, reason, false, false, null);
        }
    }

    /** What became of a record: a document, a bad record, or a document the filters skip. */
    private record Outcome(ObjectNode doc, byte[] json, String id, String source, Map<String, Integer> removed,
                           Skip skip, String file, long line, String badReason, String badRaw) {
        static Outcome bad(Raw raw, String reason, String rawText) {
            return new Outcome(null, null, null, null, null, null, raw.file, raw.line, reason, rawText);
        }

        static Outcome skipped(Skip skip) {
            return new Outcome(null, null, null, null, null, skip, null, 0, null, null);
        }
    }

    private enum Skip { TOO_SHORT, OUTSIDE_DATES, UNDATED }

    private Outcome process(Raw raw) {
        if (raw.source == null) {
            return Outcome.bad(raw, raw.body, raw.jsonText);
        }
        ObjectNode record = raw.record;
        if (raw.json != null) {
            if (lede.io.Utf8.firstInvalid(raw.json, 0, raw.json.length) >= 0) {
                // not UTF-8 (overlong forms such as C0 AF too, which Jackson would read as "/"): as below
                String line = Decoding.decodeLenient(raw.json, 0, raw.json.length, new boolean[1]);
                raw.warnings.add(Decoding.FALLBACK_WARNING);
                return processJsonText(raw, line);
            }
            try {
                record = asObject(Json.MAPPER.readTree(raw.json));
            } catch (StreamConstraintsException e) {
                return Outcome.bad(raw, "JSON nested deeper than " + Json.MAX_NESTING + " levels", utf8(raw.json));
            } catch (JsonProcessingException e) {
                String message = e.getOriginalMessage();
                if (message == null || !message.contains("UTF-8")) {
                    return Outcome.bad(raw, "not valid JSON: " + jsonReason(message) + prettyPrintHint(raw.json),
                            utf8(raw.json));
                }
                // not UTF-8: read the line's invalid bytes as Windows-1252 instead
                String line = Decoding.decodeLenient(raw.json, 0, raw.json.length, new boolean[1]);
                raw.warnings.add(Decoding.FALLBACK_WARNING);
                return processJsonText(raw, line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (record == null) {
                return Outcome.bad(raw, notAnObject(raw.json), utf8(raw.json));
            }
        } else if (raw.jsonText != null) {
            return processJsonText(raw, raw.jsonText);
        }
        return build(raw, record);
    }

    private Outcome processJsonText(Raw raw, String line) {
        try {
            ObjectNode record = asObject(Json.MAPPER.readTree(line));
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
    private Outcome build(Raw raw, ObjectNode record) {
        List<String> warnings = raw.warnings;
        String body = raw.body;
        if (raw.html) {
            HtmlArticle article = HtmlArticle.parse(raw.body, null);
            record = Json.object();
            record.put("title", article.title());
            record.put("date", article.date());
            record.put("author", article.author());
            record.put("url", article.url());
            record.put("lang", article.lang());
            body = article.text();
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
        Cleaned cleaned = cleaners.get().clean(text, raw.plainText);

        String date = null;
        JsonNode dateNode = roles[Role.DATE.ordinal()];
        if (dateNode != null) {
            date = dateNode.isIntegralNumber() ? Dates.fromEpoch(dateNode.asLong()) : Dates.normalize(dateNode.asText());
            if (date == null) {
                warnings.add("date not understood: " + dateNode.asText());
                roleKeys[Role.DATE.ordinal()] = null; // keep the original in meta
            }
        }
        if (date == null) {
            date = cleaned.date();
        }
        if (cleaned.text().codePointCount(0, cleaned.text().length()) < options.minChars) {
            return Outcome.skipped(Skip.TOO_SHORT);
        }
        if (date == null) {
            if (options.requireDate) {
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
            id = raw.defaultId;
        }
        String title = line(roles[Role.TITLE.ordinal()]);
        if (title == null) {
            title = cleaned.title();
        }
        String author = line(roles[Role.AUTHOR.ordinal()]);
        if (author == null) {
            author = cleaned.author();
        }
        ObjectNode doc = Json.object();
        doc.put("id", id);
        doc.put("source", raw.source);
        doc.put("title", title);
        doc.put("date", date);
        doc.put("author", author);
        doc.put("url", line(roles[Role.URL.ordinal()]));
        doc.put("lang", line(roles[Role.LANG.ordinal()]));
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
        if (options.keepRemoved) {
            ArrayNode spans = ingest.putArray("removed_text");
            for (Removal r : cleaned.spans()) {
                spans.addObject().put("rule", r.rule()).put("text", r.text());
            }
        }
        byte[] json = null;
        if (serialize) {
            try {
                json = Json.MAPPER.writeValueAsBytes(doc); // on the worker thread: writing is a good part of the work
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Outcome(doc, json, id, raw.source, cleaned.removed(), null, null, 0, null, null);
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
        value = TextCleaner.normalizeLine(value);
        return value.isEmpty() ? null : value;
    }

    // ---- in input order (on the calling thread) -----------------------------------------------------------

    private void deliver(Outcome outcome, Consumer<Outcome> out) {
        if (outcome.badReason != null) {
            rejects.reject(outcome.file, outcome.line, outcome.badReason, outcome.badRaw);
            return;
        }
        if (outcome.skip != null) {
            switch (outcome.skip) {
                case TOO_SHORT -> summary.tooShort++;
                case OUTSIDE_DATES -> summary.outsideDates++;
                case UNDATED -> summary.undated++;
            }
            return;
        }
        String id = uniqueId(outcome.id, outcome.source);
        if (!id.equals(outcome.id)) {
            outcome.doc.put("id", id);
            outcome = new Outcome(outcome.doc, null, id, outcome.source, outcome.removed, null, null, 0, null, null);
        }
        for (Map.Entry<String, Integer> e : outcome.removed.entrySet()) {
            summary.removed.merge(e.getKey(), (long) e.getValue(), Long::sum);
        }
        summary.documents++;
        out.accept(outcome);
    }

    private String uniqueId(String id, String source) {
        if (ids.add(id)) {
            return id;
        }
        if (!options.renumber) {
            throw new LedeException(source + ": duplicate id '" + id + "' (an earlier document has it); "
                    + "give --renumber to number repeated ids");
        }
        for (int n = 2; ; n++) {
            String candidate = id + "-" + n;
            if (ids.add(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * Spreads records over worker threads in batches and delivers the outcomes in input order. At most a few
     * batches are in flight, so memory stays flat however large the input.
     */
    private final class Pipeline implements AutoCloseable {
        private static final int BATCH_RECORDS = 256;
        private static final int BATCH_BYTES = 1 << 20;

        private final Consumer<Outcome> out;
        private final ExecutorService pool;
        private final int maxInFlight;
        private final ArrayDeque<Future<Outcome[]>> inFlight = new ArrayDeque<>();
        private List<Raw> batch = new ArrayList<>();
        private long batchBytes;

        Pipeline(Consumer<Outcome> out) {
            this.out = out;
            int threads = Math.max(1, options.threads);
            this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
                Thread t = new Thread(runnable, "lede-ingest");
                t.setDaemon(true);
                return t;
            });
            this.maxInFlight = threads * 2;
        }

        void add(Raw raw) {
            if (pool == null) {
                deliver(process(raw), out);
                return;
            }
            batch.add(raw);
            batchBytes += raw.json != null ? raw.json.length : raw.body != null ? raw.body.length() : 256;
            if (batch.size() >= BATCH_RECORDS || batchBytes >= BATCH_BYTES) {
                submit();
            }
        }

        private void submit() {
            if (batch.isEmpty()) {
                return;
            }
            List<Raw> work = batch;
            batch = new ArrayList<>();
            batchBytes = 0;
            inFlight.add(pool.submit(() -> {
                Outcome[] outcomes = new Outcome[work.size()];
                for (int i = 0; i < outcomes.length; i++) {
                    outcomes[i] = process(work.get(i));
                }
                return outcomes;
            }));
            while (inFlight.size() > maxInFlight) {
                deliverOldest();
            }
        }

        private void deliverOldest() {
            Outcome[] outcomes;
            try {
                outcomes = inFlight.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LedeException("interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
            for (Outcome outcome : outcomes) {
                deliver(outcome, out);
            }
        }

        void finish() {
            if (pool == null) {
                return;
            }
            submit();
            while (!inFlight.isEmpty()) {
                deliverOldest();
            }
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}
