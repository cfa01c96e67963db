package lede.io;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Opens the output: a file, or stdout when the path is null or {@code -}. */
public final class Output {
    private Output() {
    }

    public static OutputStream open(Path path) {
        return open(path, false);
    }

    /** Opens the output; with {@code append}, a file keeps what it holds and grows. */
    public static OutputStream open(Path path, boolean append) {
        try {
            // Not System.out: PrintStream swallows the broken-pipe error we need to see to stop early.
            OutputStream raw = path == null || path.toString().equals("-")
                    ? new FilterOutputStream(new FileOutputStream(FileDescriptor.out)) {
                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            out.write(b, off, len);
                        }

                        @Override
                        public void close() throws IOException {
                            // closing fd 1 would also close it for whoever runs us in-process (tests)
                            out.flush();
                        }
                    }
                    : append
                    ? Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(path);
            BufferedOutputStream out = new BufferedOutputStream(raw, 1 << 16);
            flushOnExit(out);
            return out;
        } catch (IOException e) {
            throw new LedeException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * On Ctrl-C or SIGTERM the JVM runs shutdown hooks and exits with 130 or 143; this hook hands over
     * what the stream holds. {@link NdjsonWriter} passes only whole lines to the stream (one synchronized
     * write each), so the output ends on a complete line.
     */
    private static void flushOnExit(BufferedOutputStream out) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                out.flush();
            } catch (IOException ignored) {
                // closed already, or the reader went away: nothing more to hand over
            }
        }, "lede-flush-output"));
    }
}
