package lede.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exit hook's removal races the export still saving (POI asks for its template file while the hook runs):
 * a file is either made before the removal, and removed with the folder, or refused after it; none is left.
 */
class PoiTempFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFileMadeWhileTheFolderIsRemovedIsNeverLeftBehind() throws Exception {
        for (int round = 0; round < 200; round++) {
            Path folder = Files.createDirectory(dir.resolve("round" + round));
            PoiTempFiles files = new PoiTempFiles(folder);
            AtomicInteger refused = new AtomicInteger();
            Thread saving = new Thread(() -> {
                try {
                    while (true) {
                        files.createTempFile("poi-sxssf-template", ".xlsx");
                    }
                } catch (IOException afterRemoval) {
                    refused.incrementAndGet();
                }
            });
            saving.start();
            Thread.sleep(1);
            files.removeAll();
            saving.join();
            assertEquals(1, refused.get(), "round " + round);
            assertFalse(Files.exists(folder), "round " + round + " left " + folder);
        }
        assertTrue(Files.isDirectory(dir));
    }
}
