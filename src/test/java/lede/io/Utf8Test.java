package lede.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Only well-formed UTF-8 is UTF-8: overlong forms, encoded surrogates and code points past U+10FFFF are not. */
public class Utf8Test {
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    private boolean jdkValid(byte[] bytes) {
        try {
            strict.reset().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Every sequence of one, two and three bytes, and random four-byte ones: the JDK's strict decoder agrees. */
    @Test
    void agreesWithTheJdkOnEveryShortSequence() {
        for (int a = 0; a < 256; a++) {
            check(new byte[]{(byte) a});
            for (int b = 0; b < 256; b++) {
                check(new byte[]{(byte) a, (byte) b});
                if (a >= 0xC0) {
                    for (int c = 0; c < 256; c++) {
                        check(new byte[]{(byte) a, (byte) b, (byte) c});
                    }
                }
            }
        }
        Random random = new Random(11);
        for (int n = 0; n < 2_000_000; n++) {
            int lead = 0xF0 + random.nextInt(16);
            check(new byte[]{(byte) lead, (byte) (0x80 + random.nextInt(64) - (random.nextInt(8) == 0 ? 64 : 0)),
                    (byte) (0x80 + random.nextInt(64)), (byte) (0x80 + random.nextInt(64))});
        }
    }

    private void check(byte[] bytes) {
        boolean ours = Utf8.firstInvalid(bytes, 0, bytes.length) < 0;
        if (ours != jdkValid(bytes)) {
            StringBuilder hex = new StringBuilder();
            for (byte b : bytes) {
                hex.append(String.format("%02X ", b & 0xff));
            }
            assertEquals(jdkValid(bytes), ours, hex.toString());
        }
    }

    /** Every overlong form of "/" and of '"', every encoded surrogate, and code points past U+10FFFF. */
    public static List<byte[]> illFormed() {
        List<byte[]> forms = new ArrayList<>();
        for (int c : new int[]{'/', '.', '"', '\\'}) {
            forms.add(new byte[]{(byte) (0xC0 | c >> 6), (byte) (0x80 | c & 0x3F)});
            forms.add(new byte[]{(byte) 0xE0, (byte) (0x80 | c >> 6), (byte) (0x80 | c & 0x3F)});
            forms.add(new byte[]{(byte) 0xF0, (byte) 0x80, (byte) (0x80 | c >> 6), (byte) (0x80 | c & 0x3F)});
        }
        for (int s : new int[]{0xD800, 0xDBFF, 0xDC00, 0xDFFF}) {
            forms.add(new byte[]{(byte) (0xE0 | s >> 12), (byte) (0x80 | s >> 6 & 0x3F), (byte) (0x80 | s & 0x3F)});
        }
        forms.add(new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}); // U+110000
        forms.add(new byte[]{(byte) 0xF7, (byte) 0xBF, (byte) 0xBF, (byte) 0xBF});
        return forms;
    }

    public static byte[] line(byte[] inside) {
        byte[] head = "{\"id\":\"a\",\"text\":\"x".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "y\"}\n".getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[head.length + inside.length + tail.length];
        System.arraycopy(head, 0, line, 0, head.length);
        System.arraycopy(inside, 0, line, head.length, inside.length);
        System.arraycopy(tail, 0, line, head.length + inside.length, tail.length);
        return line;
    }

    @Test
    void theNdjsonReaderRejectsThemAll() throws Exception {
        for (byte[] form : illFormed()) {
            List<String> reasons = new ArrayList<>();
            java.nio.file.Path skip = java.nio.file.Files.createTempFile("utf8", ".ndjson");
            try (Rejects rejects = Rejects.to(skip)) {
                NdjsonReader reader = new NdjsonReader("x", new ByteArrayInputStream(line(form)), rejects);
                assertNull(reader.next());
                assertEquals(1, rejects.count());
            }
            reasons.add(java.nio.file.Files.readString(skip));
            assertEquals(true, reasons.get(0).contains("\"reason\":\"not valid UTF-8 at byte 20\""), reasons.get(0));
            java.nio.file.Files.delete(skip);
        }
    }
}
