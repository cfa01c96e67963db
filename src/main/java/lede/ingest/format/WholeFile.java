package lede.ingest.format;

import lede.ingest.Decoding;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Reading a whole input as text: plain-text and HTML files hold one article each. */
final class WholeFile {
    private WholeFile() {
    }

    /** A reader for {@code in}: the byte-order mark's charset when there was one, else lenient UTF-8. */
    static Reader reader(BufferedInputStream in, Charset bom) {
        if (bom != null && bom != StandardCharsets.UTF_8) {
            return new InputStreamReader(in, bom);
        }
        return new Decoding.LenientReader(in);
    }

    static String readAll(Reader reader) throws IOException {
        StringBuilder b = new StringBuilder(1 << 14);
        char[] buffer = new char[1 << 14];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            b.append(buffer, 0, n);
        }
        return b.toString();
    }

    /** Whether the lenient reader had to read invalid UTF-8 as Windows-1252. */
    static boolean fellBack(Reader reader) {
        return reader instanceof Decoding.LenientReader lenient && lenient.fellBack();
    }
}
