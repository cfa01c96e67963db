package lede.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CoreNLP's maps are GrowingHashMaps once extract's entry point has loaded. Each case runs in a fresh JVM: CoreNLP
 * reads the property once per JVM, and other tests here touch CoreNLP first.
 */
class GrowingHashMapTest {
    @Test
    void extractorsClassMakesCoreNlpsMapsGrow() throws Exception {
        assertEquals("lede.extract.GrowingHashMap", probe("lede.extract.Extractor"));
        assertEquals("lede.extract.GrowingHashMap", probe("lede.extract.Pipelines"));
        // without it, CoreNLP's own choice
        assertEquals("java.util.HashMap", probe("java.lang.String"));
    }

    private static String probe(String firstClass) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), firstClass)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** Loads the named class, then prints the class of a map CoreNLP makes. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            Class.forName(args[0]);
            System.out.print(edu.stanford.nlp.util.Generics.newHashMap(512).getClass().getName());
        }
    }
}
