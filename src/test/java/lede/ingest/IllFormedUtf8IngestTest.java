package lede.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Utf8Test;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Ingest reads ill-formed UTF-8 in NDJSON (overlong "/" included) as Windows-1252 with a warning, never as ASCII. */
class IllFormedUtf8IngestTest {
    @TempDir
    Path dir;

    @Test
    void ingestReadsThemAsWindows1252WithAWarning() throws Exception {
        int n = 0;
        for (byte[] form : Utf8Test.illFormed()) {
            Path file = Files.write(dir.resolve("f" + n++ + ".ndjson"), Utf8Test.line(form));
            ObjectNode document = Ingested.one(file.toString());
            String text = document.get("text").asText();
            assertFalse(text.matches("x[/.\"\\\\]y"), text);
            assertEquals("[\"not valid UTF-8; decoded as Windows-1252\"]", document.get("warnings").toString());
        }
    }
}
