package lede.ingest;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SeededRandom draws java.util.Random's numbers, in the mix of calls language detection makes. */
class SeededRandomTest {
    @Test
    void drawsTheSameNumbersAsJavaUtilRandom() {
        for (long seed : new long[]{41L, 0L, -7L, 123456789L}) {
            Random expected = new Random(seed);
            SeededRandom got = new SeededRandom(seed);
            for (int i = 0; i < 20000; i++) {
                if (i % 97 == 0) {
                    assertEquals(expected.nextGaussian(), got.nextGaussian());
                }
                int bound = i % 3 == 0 ? 1024 : 1 + i % 1777; // powers of two take Random's other branch
                assertEquals(expected.nextInt(bound), got.nextInt(bound), "draw " + i + " of seed " + seed);
            }
        }
    }
}
