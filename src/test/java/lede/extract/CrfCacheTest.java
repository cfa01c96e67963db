package lede.extract;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A name CRF read back from the cache is the classifier CoreNLP loads: the same flags, the same tags on every
 * seed; a damaged cache file is passed over and written anew.
 */
class CrfCacheTest {
    private static final String THREE_CLASS = Pipelines.MODELS + "english.all.3class.distsim.crf.ser.gz";
    private static final String CONLL = Pipelines.MODELS + "english.conll.4class.distsim.crf.ser.gz";

    @TempDir
    Path dir;

    @Test
    void cachedCrfsTagTheSeedsAsCoreNlpsOwn() throws Exception {
        ModelCache cache = new ModelCache(dir);
        Properties passed = new Properties();
        for (String model : new String[]{THREE_CLASS, CONLL}) {
            AbstractSequenceClassifier<CoreLabel> original = ClassifierCombiner.loadClassifierFromPath(passed, model);
            CrfCache.load(cache, model, passed); // not cached yet: loads as CoreNLP does and writes the file
            ByteBuffer cached = cache.read(CrfCache.fileName(model), CrfCache.key(model, passed));
            assertNotNull(cached, model + " was cached");
            AbstractSequenceClassifier<CoreLabel> fromCache = CrfCache.decode(cached, passed);

            assertNotSame(original, fromCache);
            assertEquals(original.flags.toString(), fromCache.flags.toString());
            assertEquals(original.classIndex.objectsList(), fromCache.classIndex.objectsList());
            int names = 0;
            for (Path seed : Seeds.files()) {
                String text = Files.readString(seed);
                String tagged = original.classifyToString(text);
                assertEquals(tagged, fromCache.classifyToString(text), model + " on " + seed);
                names += tagged.split("/(PERSON|LOCATION|ORGANIZATION|MISC) ").length - 1;
            }
            assertTrue(names > 100, "the seeds hold names, so the comparison covers the weights: " + names);
        }
    }

    @Test
    void aDamagedCacheFileIsPassedOverAndWrittenAnew() throws Exception {
        ModelCache cache = new ModelCache(dir);
        Properties passed = new Properties();
        String key = CrfCache.key(CONLL, passed);
        String name = CrfCache.fileName(CONLL);
        String text = Files.readString(Seeds.files().get(1));
        String expected = ClassifierCombiner.<CoreLabel>loadClassifierFromPath(passed, CONLL).classifyToString(text);

        // whole (the checksum holds) but not a classifier: as if written by another CoreNLP
        cache.write(name, key, new byte[]{0, 0, 0, 1, 42});
        assertEquals(expected, CrfCache.load(cache, CONLL, passed).classifyToString(text));
        ByteBuffer rewritten = cache.read(name, key);
        assertNotNull(rewritten);
        assertTrue(rewritten.remaining() > 1_000_000, "the classifier, written anew: " + rewritten.remaining());

        Path file = dir.resolve(name);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);
        assertEquals(expected, CrfCache.load(cache, CONLL, passed).classifyToString(text));
        assertEquals(expected, CrfCache.decode(cache.read(name, key), passed).classifyToString(text),
                "the damaged file was replaced by a good one");
    }

    @Test
    void theKeyNamesModelCoreNlpAndProperties() throws IOException {
        Properties passed = new Properties();
        String key = CrfCache.key(CONLL, passed);
        assertTrue(key.startsWith("crf 1; CoreNLP 4.5.10; " + CONLL + ", 17906276 bytes, CRC "), key);
        passed.setProperty("maxAdditionalKnownLCWords", "0");
        assertTrue(CrfCache.key(CONLL, passed).endsWith("; {maxAdditionalKnownLCWords=0}"));
        assertEquals("english.conll.4class.distsim.crf.lede-cache", CrfCache.fileName(CONLL));
    }
}
