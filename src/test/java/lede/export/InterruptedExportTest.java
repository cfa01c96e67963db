package lede.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An export stopped with SIGTERM (what Ctrl-C's SIGINT also does: the JVM runs its shutdown hooks) while it
 * waits for more input leaves nothing behind: no new database or journal.
 */
class InterruptedExportTest {
    @TempDir
    Path dir;

    private Process start(Path tmp, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), "lede.Lede", "export"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static void feed(Process process, int documents) throws IOException {
        OutputStream in = process.getOutputStream();
        for (int i = 0; i < documents; i++) {
            in.write(("{\"id\":\"d" + i + "\",\"source\":\"s\",\"text\":\"" + "word ".repeat(50) + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        in.flush(); // and stdin stays open: the export waits for more
    }

    private static void waitFor(BooleanSupplier condition, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertTrue(process.isAlive(), "export ended early");
            assertTrue(System.nanoTime() < deadline, "export too slow");
            Thread.sleep(50);
        }
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(Path::toString).toList();
        }
    }

    @Test
    void aNewSqliteFileAndItsJournalGo() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path db = dir.resolve("new.db");
        Process export = start(tmp, "--sqlite", db.toString(), "--no-merge");
        feed(export, 2000);
        waitFor(() -> Files.exists(Path.of(db + "-journal")), export);
        export.destroy();
        assertTrue(export.waitFor(30, TimeUnit.SECONDS));
        assertEquals(143, export.exitValue());
        assertEquals(List.of(), files(dir));
    }

    /** With --fields the rows stream into POI's temporary sheet file: it goes, and so does the .part file. */
    @Test
    void anXlsxStreamingRowsLeavesNoTemporaryFiles() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path xlsx = dir.resolve("out.xlsx");
        Process export = start(tmp, "--xlsx", xlsx.toString(), "--fields", "id,text", "--no-merge");
        feed(export, 2000);
        waitFor(() -> hasFile(tmp, "poi-sxssf-sheet") && hasFile(dir, ".part"), export);
        export.destroy();
        assertTrue(export.waitFor(30, TimeUnit.SECONDS));
        assertEquals(143, export.exitValue());
        assertEquals(List.of(), files(dir));
    }

    /** Without --fields the rows are parked first (to learn every column): the parked rows go too. */
    @Test
    void anXlsxParkingRowsLeavesNoTemporaryFiles() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path xlsx = dir.resolve("out.xlsx");
        Process export = start(tmp, "--xlsx", xlsx.toString(), "--no-merge");
        feed(export, 2000);
        waitFor(() -> hasFile(tmp, "lede-export-"), export);
        export.destroy();
        assertTrue(export.waitFor(30, TimeUnit.SECONDS));
        assertEquals(143, export.exitValue());
        assertEquals(List.of(), files(dir));
    }

    /** Stopped while saving: POI's template copy, made during the save, goes too. */
    @Test
    void anXlsxStoppedWhileSavingLeavesNoTemporaryFiles() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path xlsx = dir.resolve("out.xlsx");
        Process export = start(tmp, "--xlsx", xlsx.toString(), "--fields", "id,text");
        feed(export, 60_000);
        export.getOutputStream().close();
        waitFor(() -> hasFile(tmp, "poi-sxssf-template"), export);
        export.destroy();
        assertTrue(export.waitFor(30, TimeUnit.SECONDS));
        assertEquals(143, export.exitValue());
        assertEquals(List.of(), files(dir));
    }

    /** By default export reads all its input first, to make names one across it: that parked input goes too. */
    @Test
    void theNamesPassLeavesNoTemporaryFiles() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path xlsx = dir.resolve("out.xlsx");
        Process export = start(tmp, "--xlsx", xlsx.toString());
        feed(export, 2000);
        waitFor(() -> hasFile(tmp, "lede-names-"), export);
        export.destroy();
        assertTrue(export.waitFor(30, TimeUnit.SECONDS));
        assertEquals(143, export.exitValue());
        assertEquals(List.of(), files(dir));
    }

    private static boolean hasFile(Path folder, String namePart) {
        try {
            return files(folder).stream().anyMatch(name -> Path.of(name).getFileName().toString().contains(namePart));
        } catch (IOException vanished) {
            return false;
        }
    }
}
