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
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    }

    /** What a run did, for the end-of-run line on stderr. */
    public static final class Summary {
        public long files;
        public long documents;
        public long tooShort;
        public long outsideDates;
        public long undated;
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
    private final TextCleaner cleaner;
    private final FieldMap fields;
    private final IdSet ids = new IdSet();
    private final Summary summary = new Summary();
    private final String since;
    private final String until;

    public Ingest(Options options, Rejects rejects) {
        this.options = options;
        this.rejects = rejects;
        this.cleaner = new TextCleaner(options.rules, options.keepRemoved);
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

    public Summary summary() {
        Summary copy = summary;
        copy.removed.values().removeIf(count -> count == 0);
        return copy;
    }

    /** Ingests the named inputs (files, folders, globs, "-" for stdin) in order. */
    public void run(List<String> inputs, Consumer<ObjectNode> out) {
        for (String file : InputFiles.expand(inputs, options.format != null)) {
            ingestFile(file, out);
        }
    }

    /** Ingests one file or stdin ("-"). */
    public void ingestFile(String name, Consumer<ObjectNode> out) {
        String display = Inputs.displayName(name);
        summary.files++;
        try (InputStream opened = Inputs.open(name)) {
            BufferedInputStream in = opened instanceof BufferedInputStream b ? b : new BufferedInputStream(opened, 1 << 16);
            Charset bom = Decoding.readBom(in);
            boolean utf16 = bom != null && bom != StandardCharsets.UTF_8;
            if (!utf16 && Decoding.looksBinary(in)) {
                rejects.reject(display, 1, "not a text file (binary data)", null);
                return;
            }
            Format format = options.format != null ? options.format : Format.ofFileName(name);
            if (format == null) {
                int first = utf16 ? -1 : Decoding.firstNonSpace(in);
                format = first == '{' ? Format.NDJSON : first == '<' ? Format.HTML : Format.TXT;
            }
            switch (format) {
                case TXT -> readWhole(name, display, in, bom, false, out);
                case HTML -> readWhole(name, display, in, bom, true, out);
                case NDJSON -> readNdjson(name, display, in, bom, out);
                case CSV, TSV -> readCsv(name, display, in, bom, format == Format.TSV, out);
            }
        } catch (IOException e) {
            throw new LedeException(display + ": cannot read: " + lede.io.IoErrors.describe(e), e);
        }
    }

    // ---- formats -----------------------------------------------------------------------------------

    private void readWhole(String name, String display, BufferedInputStream in, Charset bom, boolean html,
                           Consumer<ObjectNode> out) throws IOException {
        Reader reader = reader(in, bom);
        String content = readAll(reader);
        List<String> warnings = new ArrayList<>(1);
        if (reader instanceof Decoding.LenientReader lenient && lenient.fellBack()) {
            warnings.add(Decoding.FALLBACK_WARNING);
        }
        String id = Format.baseName(display);
        if (html) {
            HtmlArticle article = HtmlArticle.parse(content, null);
            ObjectNode meta = Json.object();
            meta.put("title", article.title());
            meta.put("date", article.date());
            meta.put("author", article.author());
            meta.put("url", article.url());
            meta.put("lang", article.lang());
            emit(display, id, display, meta, article.text(), false, warnings, out);
        } else {
            emit(display, id, display, null, content, true, warnings, out);
        }
    }

    private void readNdjson(String name, String display, BufferedInputStream in, Charset bom,
                            Consumer<ObjectNode> out) throws IOException {
        String base = Format.baseName(display);
        if (bom != null && bom != StandardCharsets.UTF_8) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, bom), 1 << 16);
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank()) {
                    ObjectNode record = parseJson(display, number, line);
                    if (record != null) {
                        emit(display + ":" + number, base + "-" + number, display, record, null, false, new ArrayList<>(0), out);
                    }
                }
            }
            return;
        }
        LineReader lines = new LineReader(in);
        boolean[] fellBack = new boolean[1];
        while (lines.next()) {
            byte[] bytes = lines.bytes();
            int length = lines.length();
            if (isBlank(bytes, length)) {
                continue;
            }
            long number = lines.number();
            List<String> warnings = new ArrayList<>(0);
            ObjectNode record;
            try {
                record = asObject(display, number, Json.MAPPER.readTree(bytes, 0, length), bytes, length);
            } catch (StreamConstraintsException e) {
                rejects.reject(display, number, "JSON nested deeper than " + Json.MAX_NESTING + " levels", bytes, length);
                continue;
            } catch (JsonProcessingException e) {
                String message = e.getOriginalMessage();
                if (message == null || !message.contains("UTF-8")) {
                    rejects.reject(display, number, "not valid JSON: " + jsonReason(message), bytes, length);
                    continue;
                }
                // not UTF-8: read the line's invalid bytes as Windows-1252 instead
                String line = Decoding.decodeLenient(bytes, 0, length, fellBack);
                record = parseJson(display, number, line);
                warnings.add(Decoding.FALLBACK_WARNING);
            }
            if (record != null) {
                emit(display + ":" + number, base + "-" + number, display, record, null, false, warnings, out);
            }
        }
    }

    private ObjectNode parseJson(String display, long number, String line) {
        try {
            return asObject(display, number, Json.MAPPER.readTree(line), null, 0, line);
        } catch (StreamConstraintsException e) {
            rejects.reject(display, number, "JSON nested deeper than " + Json.MAX_NESTING + " levels", line);
        } catch (JsonProcessingException e) {
            rejects.reject(display, number, "not valid JSON: " + jsonReason(e.getOriginalMessage()), line);
        }
        return null;
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

    private ObjectNode asObject(String display, long number, JsonNode node, byte[] bytes, int length) {
        return asObject(display, number, node, bytes, length, null);
    }

    private ObjectNode asObject(String display, long number, JsonNode node, byte[] bytes, int length, String line) {
        if (node instanceof ObjectNode object) {
            return object;
        }
        String found = node == null || node.isMissingNode() ? "nothing" : switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase();
        };
        String reason = "expected a JSON object, found " + found;
        if (bytes != null) {
            rejects.reject(display, number, reason, bytes, length);
        } else {
            rejects.reject(display, number, reason, line);
        }
        return null;
    }

    private void readCsv(String name, String display, BufferedInputStream in, Charset bom, boolean tsv,
                         Consumer<ObjectNode> out) throws IOException {
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
            rejects.reject(display, 1, "bad CSV header: " + e.getMessage(), null);
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
                rejects.reject(display, nextLine, "bad CSV: " + message, null);
                return; // the parser cannot go on after a broken quote
            }
            row++;
            long line = nextLine;
            nextLine = parser.getCurrentLineNumber() + 1;
            if (record.size() != header.size()) {
                rejects.reject(display, line, "row has " + record.size() + " fields, the header has "
                        + header.size(), String.join(tsv ? "\t" : ",", record.values()));
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
            emit(display + ":" + line, base + "-" + row, display, fieldsOfRow, null, false, warnings, out);
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

    // ---- documents ---------------------------------------------------------------------------------

    /**
     * Builds and emits one document. {@code record}: the input's fields (NDJSON, CSV, the HTML page's meta
     * tags), or null; {@code body}: the text when it does not come from a field (plain text, HTML).
     */
    private void emit(String source, String defaultId, String file, ObjectNode record, String body,
                      boolean plainText, List<String> warnings, Consumer<ObjectNode> out) {
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
        Cleaned cleaned = cleaner.clean(text, plainText);

        String id = stringOf(roles[Role.ID.ordinal()]);
        if (id == null || id.isBlank()) {
            id = defaultId;
        }
        String title = line(roles[Role.TITLE.ordinal()]);
        if (title == null) {
            title = cleaned.title();
        }
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
        String author = line(roles[Role.AUTHOR.ordinal()]);
        if (author == null) {
            author = cleaned.author();
        }

        if (cleaned.text().codePointCount(0, cleaned.text().length()) < options.minChars) {
            summary.tooShort++;
            return;
        }
        if (date == null) {
            if (options.requireDate) {
                summary.undated++;
                return;
            }
        } else if (since != null || until != null) {
            String day = Dates.day(date);
            if (since != null && day.compareTo(since) < 0 || until != null && day.compareTo(until) > 0) {
                summary.outsideDates++;
                return;
            }
        }
        id = uniqueId(id, source);

        ObjectNode doc = Json.object();
        doc.put("id", id);
        doc.put("source", source);
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
            summary.removed.merge(e.getKey(), (long) e.getValue(), Long::sum);
        }
        if (options.keepRemoved) {
            ArrayNode spans = ingest.putArray("removed_text");
            for (Removal r : cleaned.spans()) {
                spans.addObject().put("rule", r.rule()).put("text", r.text());
            }
        }
        summary.documents++;
        out.accept(doc);
    }

    private static boolean isConsumed(String key, String[] roleKeys) {
        for (String k : roleKeys) {
            if (key.equals(k)) {
                return true;
            }
        }
        return false;
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
}
