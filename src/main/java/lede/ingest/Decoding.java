package lede.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns input bytes into text: a UTF-8 or UTF-16 byte-order mark decides the encoding; without one the
 * bytes are read as UTF-8, and any byte sequence that is not valid UTF-8 is read as Windows-1252 instead
 * (old news archives mix the two), which {@link LenientReader#fellBack()} reports.
 */
public final class Decoding {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    public static final String FALLBACK_WARNING = "not valid UTF-8; decoded as Windows-1252";

    private static final int SNIFF = 8192;
    /** The 256 characters of Windows-1252, by byte (the five unassigned bytes map to U+FFFD). */
    private static final String WINDOWS_1252_CHARS;

    static {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        WINDOWS_1252_CHARS = new String(all, WINDOWS_1252);
    }

    private Decoding() {
    }

    /** The charset a byte-order mark at the start of {@code in} names (the mark is consumed), or null. */
    public static Charset readBom(BufferedInputStream in) throws IOException {
        in.mark(3);
        int b1 = in.read();
        int b2 = in.read();
        int b3 = in.read();
        in.reset();
        if (b1 == 0xEF && b2 == 0xBB && b3 == 0xBF) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        if (b1 == 0xFE && b2 == 0xFF) {
            in.skipNBytes(2);
            return StandardCharsets.UTF_16BE;
        }
        if (b1 == 0xFF && b2 == 0xFE) {
            in.skipNBytes(2);
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * True when the start of {@code in} looks like binary data rather than text: NUL bytes (more than a stray
     * one or two), or many other control bytes, in the first 8 KB. Call before {@link #readBom} consumed a UTF-16 mark only when
     * the input has no UTF-16 mark (UTF-16 text is full of NUL bytes).
     */
    public static boolean looksBinary(BufferedInputStream in) throws IOException {
        byte[] head = sample(in);
        int nuls = 0;
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                nuls++;
            } else if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        // a stray NUL in scraped text is no reason to refuse it; images, PDFs and archives have many
        return nuls > head.length / 200 + 1 || nuls + controls > head.length / 20 + 4;
    }

    /**
     * Up to the first SNIFF bytes, read ahead and put back. A read error (a truncated gzip) ends the sample:
     * the reader that follows meets it after the records before the break, and says on which line.
     */
    private static byte[] sample(BufferedInputStream in) throws IOException {
        in.mark(SNIFF);
        byte[] head = new byte[SNIFF];
        int length = 0;
        try {
            for (int n; length < SNIFF && (n = in.read(head, length, SNIFF - length)) > 0; ) {
                length += n;
            }
        } catch (java.io.EOFException e) {
            // truncated: sample what came before
        }
        in.reset();
        return java.util.Arrays.copyOf(head, length);
    }

    /** The first byte that is not whitespace, for guessing the format of stdin; -1 when there is none. */
    public static int firstNonSpace(BufferedInputStream in) throws IOException {
        for (byte b : sample(in)) {
            if (!Character.isWhitespace(b)) {
                return b & 0xff;
            }
        }
        return -1;
    }

    /** A reader for {@code in}: the byte-order mark's charset when there is one, else lenient UTF-8. */
    public static Reader reader(BufferedInputStream in) throws IOException {
        Charset bom = readBom(in);
        if (bom != null && bom != StandardCharsets.UTF_8) {
            return new InputStreamReader(in, bom);
        }
        return new LenientReader(in);
    }

    /** Decodes a byte range as UTF-8, reading invalid sequences as Windows-1252; null when all was valid. */
    public static String decodeLenient(byte[] bytes, int from, int length, boolean[] fellBack) {
        LenientReader reader = new LenientReader(InputStream.nullInputStream());
        StringBuilder out = new StringBuilder(length);
        reader.decodeAll(ByteBuffer.wrap(bytes, from, length), out);
        fellBack[0] = reader.fellBack();
        return out.toString();
    }

    /** UTF-8 with a Windows-1252 fallback for each malformed byte sequence. */
    public static final class LenientReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        private final CharBuffer chars = CharBuffer.allocate(1 << 16);
        private boolean eof;
        private long fallbacks;

        public LenientReader(InputStream in) {
            this.in = in;
            bytes.flip();
            chars.flip();
        }

        /** True once any bytes were decoded as Windows-1252. */
        public boolean fellBack() {
            return fallbacks > 0;
        }

        /** How many malformed sequences were decoded as Windows-1252 so far. */
        public long fallbacks() {
            return fallbacks;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(length, chars.remaining());
            chars.get(buffer, offset, n);
            return n;
        }

        private boolean fill() throws IOException {
            if (eof && !bytes.hasRemaining()) {
                return false;
            }
            if (!eof) {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            chars.clear();
            decode(bytes, chars, eof);
            chars.flip();
            return true;
        }

        private void decode(ByteBuffer from, CharBuffer to, boolean endOfInput) {
            while (true) {
                CoderResult result = utf8.decode(from, to, endOfInput);
                if (result.isError()) {
                    if (to.remaining() < result.length()) {
                        return; // room for the fallback characters next time
                    }
                    for (int i = 0; i < result.length(); i++) {
                        to.put(windows1252(from.get()));
                    }
                    fallbacks++;
                    continue;
                }
                if (result.isUnderflow() && endOfInput) {
                    // a truncated sequence at the very end
                    while (from.hasRemaining() && to.hasRemaining()) {
                        to.put(windows1252(from.get()));
                        fallbacks++;
                    }
                }
                return;
            }
        }

        void decodeAll(ByteBuffer from, StringBuilder out) {
            CharBuffer to = CharBuffer.allocate(Math.max(16, from.remaining()));
            decode(from, to, true);
            to.flip();
            out.append(to);
        }

        private static char windows1252(byte b) {
            return WINDOWS_1252_CHARS.charAt(b & 0xff);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
