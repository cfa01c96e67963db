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
        return open(path, append, null);
    }

    /** Opens {@code path} (never stdout), naming it {@code shownAs} in messages (for a temporary file). */
    public static OutputStream openAs(Path path, String shownAs) {
        return open(path, false, shownAs);
    }

    private static OutputStream open(Path path, boolean append, String shownAs) {
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
                    : new WholeLines(path, shownAs == null ? path.toString() : shownAs, append
                    ? Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(path));
            BufferedOutputStream out = new BufferedOutputStream(raw, 1 << 16);
            flushOnExit(out);
            return out;
        } catch (IOException e) {
            throw new LedeException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * A file output that fails cleanly: the first write error (a full disk) cuts the file back to its last
     * complete line and becomes a {@link WriteFailedException} saying {@code FILE: no space left on device};
     * later writes (a close, the exit hook) fail the same way without touching the file.
     */
    static final class WholeLines extends FilterOutputStream {
        private final Path path;
        private final String name;
        private WriteFailedException failed;

        WholeLines(Path path, String name, OutputStream out) {
            super(out);
            this.path = path;
            this.name = name;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            check();
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw fail(e);
            }
        }

        @Override
        public synchronized void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public synchronized void flush() throws IOException {
            check();
            try {
                out.flush();
            } catch (IOException e) {
                throw fail(e);
            }
        }

        @Override
        public synchronized void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                if (failed == null) {
                    throw fail(e);
                }
            }
            check();
        }

        private void check() throws WriteFailedException {
            if (failed != null) {
                throw failed;
            }
        }

        private WriteFailedException fail(IOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            failed = new WriteFailedException(name + ": "
                    + (message.contains("No space left") ? "no space left on device" : "cannot write: " + message), e);
            if (Files.isRegularFile(path)) {
                try {
                    Resume.cutPartialLine(path);
                } catch (IOException ignored) {
                    // the error is reported; the file may keep a partial last line, which --resume cuts
                }
            }
            return failed;
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
            } catch (IOException | RuntimeException ignored) {
                // closed already, or the reader went away: nothing more to hand over
            }
        }, "lede-flush-output"));
    }
}
