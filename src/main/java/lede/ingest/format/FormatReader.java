package lede.ingest.format;

import lede.ingest.Format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.Charset;

/** Reads one input of one {@link Format} into raw records. */
public interface FormatReader {
    /**
     * Reads {@code in} (whose byte-order mark, if any, has been consumed and named {@code bom}) to its end.
     *
     * @param display the input as the user named it
     */
    void read(String display, BufferedInputStream in, Charset bom, RecordSink out) throws IOException;

    /** The reader of {@code format}. */
    static FormatReader of(Format format, int maxLineBytes) {
        return switch (format) {
            case TXT -> new PlainTextInput();
            case HTML -> new HtmlInput();
            case NDJSON -> new NdjsonInput(maxLineBytes);
            case CSV -> new CsvInput(false);
            case TSV -> new CsvInput(true);
        };
    }
}
