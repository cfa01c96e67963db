package lede.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Picks up an output file that an interrupted run (Ctrl-C, a crash, {@code kill -9}) left behind: a
 * half-written last line is cut off, and the ids of the complete documents are what the rerun passes over.
 * Output keeps input order, so the complete lines are the first documents of the run, and appending the rest
 * gives the same bytes as an uninterrupted run.
 */
public final class Resume {
    private Resume() {
    }

    /** The ids of the complete documents in {@code file} (none if it does not exist); cuts a partial last line. */
    public static Set<String> finishedIds(Path file) {
        return finishedIds(file, (line, document) -> { });
    }

    /** As {@link #finishedIds(Path)}, showing each complete document and its line to {@code check} first. */
    public static Set<String> finishedIds(Path file, BiConsumer<Long, JsonNode> check) {
        Set<String> ids = new HashSet<>();
        if (!Files.exists(file)) {
            return ids;
        }
        try {
            cutPartialLine(file);
            try (InputStream in = Files.newInputStream(file)) {
                LineReader lines = new LineReader(in);
                while (lines.next()) {
                    JsonNode document = Json.read(lines.bytes(), 0, lines.length());
                    check.accept(lines.number(), document);
                    JsonNode id = document.get("id");
                    if (id == null || !id.isTextual()) {
                        throw new LedeException(file + ":" + lines.number()
                                + ": a document without an id; --resume needs documents with ids");
                    }
                    ids.add(id.asText());
                }
            }
        } catch (IOException e) {
            throw new LedeException(file + ": cannot resume: " + IoErrors.describe(e), e);
        }
        return ids;
    }

    /** Cuts {@code file} after its last line end: a half-written last line goes. */
    static void cutPartialLine(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long end = raf.length();
            byte[] block = new byte[8192];
            long keep = 0;
            search:
            for (long pos = end; pos > 0; ) {
                int size = (int) Math.min(block.length, pos);
                pos -= size;
                raf.seek(pos);
                raf.readFully(block, 0, size);
                for (int i = size - 1; i >= 0; i--) {
                    if (block[i] == '\n') {
                        keep = pos + i + 1;
                        break search;
                    }
                }
            }
            if (keep < end) {
                raf.setLength(keep);
            }
        }
    }
}
