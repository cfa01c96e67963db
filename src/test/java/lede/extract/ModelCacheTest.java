package lede.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cached file is used only when its key matches and it is whole; anything else is a miss, never an error. */
class ModelCacheTest {
    private static final byte[] CONTENTS = "weights and names".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void readsBackWhatItWroteUnderTheSameKey() {
        ModelCache cache = new ModelCache(dir.resolve("lede"));
        assertNull(cache.read("model.lede-cache", "model 1"), "nothing cached yet");
        cache.write("model.lede-cache", "model 1", CONTENTS);
        assertEquals(ByteBuffer.wrap(CONTENTS), cache.read("model.lede-cache", "model 1"));
        assertNull(cache.read("model.lede-cache", "model 2"), "made from another model");
        try (var files = Files.list(dir.resolve("lede"))) {
            assertEquals(1, files.count(), "no part file left behind");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDamagedOrCutFileIsAMiss() throws IOException {
        ModelCache cache = new ModelCache(dir);
        cache.write("model.lede-cache", "model 1", CONTENTS);
        Path file = dir.resolve("model.lede-cache");
        byte[] whole = Files.readAllBytes(file);

        byte[] damaged = whole.clone();
        damaged[whole.length - 10] ^= 1; // a bit of the contents
        Files.write(file, damaged);
        assertNull(cache.read("model.lede-cache", "model 1"));

        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 3));
        assertNull(cache.read("model.lede-cache", "model 1"));

        Files.write(file, new byte[0]);
        assertNull(cache.read("model.lede-cache", "model 1"));

        Files.write(file, whole);
        assertNotNull(cache.read("model.lede-cache", "model 1"), "the same bytes again: a hit");
    }

    @Test
    void anUnwritableCacheIsSilentlyNone() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        ModelCache cache = new ModelCache(notADirectory.resolve("lede"));
        cache.write("model.lede-cache", "model 1", CONTENTS);
        assertNull(cache.read("model.lede-cache", "model 1"));
        assertFalse(Files.exists(notADirectory.resolve("lede")));
        assertTrue(Files.isRegularFile(notADirectory));
    }

    @Test
    void aModelResourceIsKnownBySizeAndCrc() {
        String id = ModelCache.resourceId("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        assertTrue(id.startsWith("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz, 17906276 bytes, CRC "), id);
        assertNull(ModelCache.resourceId("edu/stanford/nlp/models/no-such-model.ser.gz"));
    }
}
