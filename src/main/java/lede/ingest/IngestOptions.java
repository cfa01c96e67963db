package lede.ingest;

import java.io.Serializable;

/**
 * What the user asked of ingest; {@link #defaults()} ingests everything with the shipped rules. Immutable and
 * serialisable, so another runtime can hand it to {@link RecordToDocument} on its workers.
 *
 * @param format      the input format, or null to tell it by each file's name or first character
 * @param idField     the field holding the id, or null for the usual names (likewise the other fields)
 * @param minChars    documents with a shorter cleaned text are skipped
 * @param since       skip documents dated before this day (YYYY-MM-DD), or null
 * @param until       skip documents dated after this day (inclusive), or null
 * @param threads     threads that clean documents; output order stays the input order
 * @param dropNonArticles skip documents whose text is only site furniture (else they get a warning)
 */
public record IngestOptions(Format format, String idField, String textField, String titleField, String dateField,
                            int minChars, String since, String until, boolean requireDate, boolean renumber,
                            boolean keepRemoved, Rules rules, int threads, int maxLineBytes,
                            boolean dropNonArticles) implements Serializable {
    public static IngestOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds options from the defaults, one setting at a time. */
    public static final class Builder {
        private Format format;
        private String idField;
        private String textField;
        private String titleField;
        private String dateField;
        private int minChars;
        private String since;
        private String until;
        private boolean requireDate;
        private boolean renumber;
        private boolean keepRemoved;
        private Rules rules = Rules.defaults();
        private int threads = Runtime.getRuntime().availableProcessors();
        /** An NDJSON line longer than this is a bad record ({@code --max-line-bytes}). */
        private int maxLineBytes = lede.io.NdjsonReader.DEFAULT_MAX_LINE_BYTES;

        private boolean dropNonArticles;

        private Builder() {
        }

        public Builder format(Format format) {
            this.format = format;
            return this;
        }

        public Builder idField(String idField) {
            this.idField = idField;
            return this;
        }

        public Builder textField(String textField) {
            this.textField = textField;
            return this;
        }

        public Builder titleField(String titleField) {
            this.titleField = titleField;
            return this;
        }

        public Builder dateField(String dateField) {
            this.dateField = dateField;
            return this;
        }

        public Builder minChars(int minChars) {
            this.minChars = minChars;
            return this;
        }

        public Builder since(String since) {
            this.since = since;
            return this;
        }

        public Builder until(String until) {
            this.until = until;
            return this;
        }

        public Builder requireDate(boolean requireDate) {
            this.requireDate = requireDate;
            return this;
        }

        public Builder renumber(boolean renumber) {
            this.renumber = renumber;
            return this;
        }

        public Builder keepRemoved(boolean keepRemoved) {
            this.keepRemoved = keepRemoved;
            return this;
        }

        public Builder rules(Rules rules) {
            this.rules = rules;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder maxLineBytes(int maxLineBytes) {
            this.maxLineBytes = maxLineBytes;
            return this;
        }

        public Builder dropNonArticles(boolean dropNonArticles) {
            this.dropNonArticles = dropNonArticles;
            return this;
        }

        public IngestOptions build() {
            return new IngestOptions(format, idField, textField, titleField, dateField, minChars, since, until,
                    requireDate, renumber, keepRemoved, rules, threads, maxLineBytes, dropNonArticles);
        }
    }
}
