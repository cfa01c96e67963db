package lede.ingest.format;

import lede.ingest.Decoding;
import lede.ingest.Format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/** A plain-text file: one article, its id the file's base name. */
final class PlainTextInput implements FormatReader {
    @Override
    public void read(String display, BufferedInputStream in, Charset bom, RecordSink out) throws IOException {
        read(display, in, bom, false, out);
    }

    /** Reads the whole input as one record, marked as HTML or as plain text. */
    static void read(String display, BufferedInputStream in, Charset bom, boolean html, RecordSink out)
            throws IOException {
        Reader reader = WholeFile.reader(in, bom);
        String content = WholeFile.readAll(reader);
        if (content.isBlank()) {
            out.empty();
            return;
        }
        List<String> warnings = new ArrayList<>(1);
        if (WholeFile.fellBack(reader)) {
            warnings.add(Decoding.FALLBACK_WARNING);
        }
        String id = Format.baseName(display);
        out.add(new RawRecord(display, 1, display, id, null, null, null, content, html, !html, warnings));
    }
}
