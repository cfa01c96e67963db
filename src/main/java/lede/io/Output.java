package lede.io;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the output: a file, or stdout when the path is null or {@code -}. */
public final class Output {
    private Output() {
    }

    public static OutputStream open(Path path) {
        try {
            // Not System.out: PrintStream swallows the broken-pipe error we need to see to stop early.
            OutputStream raw = path == null || path.toString().equals("-")
                    ? new FileOutputStream(FileDescriptor.out)
                    : Files.newOutputStream(path);
            return new BufferedOutputStream(raw, 1 << 16);
        } catch (IOException e) {
            throw new LedeException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
