package lede.io;

import org.junit.jupiter.api.Test;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountingInputStreamTest {
    /** A terminal: each Ctrl-D is one end of input, after which reading goes on. */
    static final class Terminal extends InputStream {
        private final String[] typed;
        private int part;
        private int pos;
        int ends;

        Terminal(String... typed) {
            this.typed = typed;
        }

        /** As a terminal does: what was typed since the last read, or the end once for each Ctrl-D. */
        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (part >= typed.length) {
                throw new AssertionError("read after the last Ctrl-D: the user would have to press it again");
            }
            int n = Math.min(length, typed[part].length() - pos);
            if (n == 0) {
                part++;
                pos = 0;
                ends++;
                return -1;
            }
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) typed[part].charAt(pos++);
            }
            return n;
        }

        @Override
        public int read() {
            if (part >= typed.length) {
                throw new AssertionError("read after the last Ctrl-D: the user would have to press it again");
            }
            if (pos < typed[part].length()) {
                return typed[part].charAt(pos++);
            }
            part++;
            pos = 0;
            ends++;
            return -1;
        }
    }

    @Test
    void oneCtrlDEndsTheInput() throws IOException {
        Terminal terminal = new Terminal("{\"id\":\"a\"}\n");
        AtomicLong count = new AtomicLong();
        InputStream in = Inputs.gunzipIfNeeded(new BufferedInputStream(new CountingInputStream(terminal, count)));
        assertEquals("{\"id\":\"a\"}\n", new String(in.readAllBytes()));
        assertEquals(-1, in.read());
        assertEquals(1, terminal.ends);
        assertEquals(11, count.get());
    }

    @Test
    void anEmptyTerminalInputNeedsOneCtrlD() throws IOException {
        Terminal terminal = new Terminal("");
        InputStream in = Inputs.gunzipIfNeeded(new BufferedInputStream(new CountingInputStream(terminal, new AtomicLong())));
        assertEquals(-1, in.read());
        assertEquals(1, terminal.ends);
    }
}
