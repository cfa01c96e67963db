package lede.io;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/** Opens a named input or stdin ({@code -}), gunzipping when the bytes start with the gzip magic number. */
public final class Inputs {
    public static final String STDIN = "-";

    private Inputs() {
    }

    /** The display name of an input: "-" is shown as "stdin". */
    public static String displayName(String name) {
        return STDIN.equals(name) ? "stdin" : name;
    }

    /** Opens a file by its path (which may hold bytes no String can name), or stdin for {@code -}. */
    public static InputStream open(Path path) {
        if (path.toString().equals(STDIN) && !path.isAbsolute()) {
            return open(STDIN);
        }
        try {
            return gunzipIfNeeded(new BufferedInputStream(openFile(path), 1 << 16));
        } catch (NoSuchFileException e) {
            throw new LedeException(path + ": no such file");
        } catch (IOException e) {
            throw new LedeException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static InputStream open(String name) {
        return open(name, new AtomicLong());
    }

    /** Opens {@code name}, adding the bytes read from it (before any gunzipping) to {@code bytesRead}. */
    public static InputStream open(String name, AtomicLong bytesRead) {
        try {
            InputStream raw = STDIN.equals(name)
                    ? new FileInputStream(FileDescriptor.in)
                    : openFile(Path.of(name));
            return gunzipIfNeeded(new BufferedInputStream(new CountingInputStream(raw, bytesRead), 1 << 16));
        } catch (NoSuchFileException e) {
            throw new LedeException(name + ": no such file");
        } catch (IOException e) {
            throw new LedeException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * A named file. Pipes such as bash's {@code <(...)} ({@code /dev/fd/63}) are opened with FileInputStream:
     * the channel stream of {@code Files.newInputStream} fails on them with "Illegal seek" in available().
     */
    private static InputStream openFile(Path path) throws IOException {
        if (Files.isRegularFile(path) || !Files.exists(path)) {
            return Files.newInputStream(path);
        }
        return new FileInputStream(path.toFile());
    }

    /** The size of a named regular file, or -1 (stdin, a pipe, a missing file). */
    public static long size(String name) {
        try {
            Path path = Path.of(name);
            return !STDIN.equals(name) && Files.isRegularFile(path) ? Files.size(path) : -1;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return -1;
        }
    }

    /** Wraps {@code in} in a gzip reader when it starts with the gzip magic bytes. */
    public static InputStream gunzipIfNeeded(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        // at the end already (an empty file, or Ctrl-D on a terminal): do not wait for a second byte
        int b2 = b1 < 0 ? -1 : in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            // available() of a gzip stream is 1 until its end, so BufferedInputStream would read on in the
            // same call and a truncated file's error would swallow the complete lines before the break
            return new BufferedInputStream(new java.io.FilterInputStream(new GZIPInputStream(in, 1 << 16)) {
                @Override
                public int available() {
                    return 0;
                }
            }, 1 << 16);
        }
        return in;
    }
}
