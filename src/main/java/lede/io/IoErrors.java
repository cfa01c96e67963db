package lede.io;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.EOFException;
import java.io.IOException;
import java.util.zip.ZipException;

/** Turns I/O exceptions into short messages a user can act on. */
public final class IoErrors {
    private IoErrors() {
    }

    public static String describe(IOException e) {
        if (e instanceof EOFException) {
            return "unexpected end of input (truncated gzip?)";
        }
        if (e instanceof ZipException) {
            return "corrupt gzip data: " + e.getMessage();
        }
        if (e instanceof JsonProcessingException json) {
            return json.getOriginalMessage(); // without Jackson's "at [Source: ...]" tail on a second line
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** True when the reader of our output went away ({@code | head}): the run should end quietly. */
    public static boolean isBrokenPipe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null
                    && (t.getMessage().contains("Broken pipe") || t.getMessage().contains("Stream closed"))) {
                return true;
            }
        }
        return false;
    }
}
