package lede.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import lede.io.BadRecordException;
import lede.io.NdjsonReader;
import lede.io.Rejects;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Any bytes given to the input readers either read or fail as a bad record: never another exception,
 * a hang or running out of memory. Runs the saved inputs (and any crash kept under
 * src/test/resources/lede/fuzz/InputReadersFuzzTestInputs/) in every test run; fuzzes with JAZZER_FUZZ=1.
 */
class InputReadersFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void ndjsonReaderAcceptsOrRejects(byte[] input) throws IOException {
        NdjsonReader reader = new NdjsonReader("fuzz", new ByteArrayInputStream(input), Rejects.failFast());
        try {
            while (reader.next() != null) {
                // read everything
            }
        } catch (BadRecordException expected) {
            // a clear, located error is the other allowed outcome
            if (expected.line() < 1) {
                throw new AssertionError("bad record without a line number: " + expected.getMessage());
            }
        }
    }
}
