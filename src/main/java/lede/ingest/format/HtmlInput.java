package lede.ingest.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.Charset;

/** An HTML page: one article, read whole; the record → document step finds its text and metadata. */
final class HtmlInput implements FormatReader {
    @Override
    public void read(String display, BufferedInputStream in, Charset bom, RecordSink out) throws IOException {
        PlainTextInput.read(display, in, bom, true, out);
    }
}
