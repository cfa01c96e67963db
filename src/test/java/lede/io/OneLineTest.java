package lede.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every message is one line: control characters, line separators and lone surrogates are escaped. */
class OneLineTest {
    @TempDir
    Path dir;

    @Test
    void oddCharactersAreEscaped() {
        assertEquals("a\\nb.txt: no such file", OneLine.of("a\nb.txt: no such file"));
        assertEquals("\\r\\t\\u0000\\u001b\\u007f\\u0085\\u2028\\u2029", OneLine.of("\r\t\u0000\u001b\u007f\u0085\u2028\u2029"));
        assertEquals("\\ud800x\\udc00", OneLine.of("\ud800x\udc00"));
        assertEquals("Київ 🇺🇦 ok", OneLine.of("Київ 🇺🇦 ok"));
    }

    /** The class: no character at all survives as a line break, and ordinary text is unchanged. */
    @Test
    void noCharacterMakesASecondLine() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String message = "x" + (char) c + "y";
            String one = OneLine.of(message);
            assertEquals(1, one.lines().count(), "U+" + Integer.toHexString(c));
            boolean plain = !Character.isISOControl(c) && !Character.isSurrogate((char) c) && c != 0x2028 && c != 0x2029;
            if (plain) {
                assertEquals(message, one);
            }
        }
    }

    @Test
    void resumeOnAFileWithABadLineSaysSoOnOneLine() throws IOException {
        Path file = dir.resolve("out.ndjson");
        Files.writeString(file, "{\"id\":\"a\"}\n{\"id\": nope}\n");
        LedeException e = assertThrows(LedeException.class, () -> Resume.finishedIds(file));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("[Source"), e.getMessage());
    }
}
