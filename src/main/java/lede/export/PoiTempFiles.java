package lede.export;

import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * POI's temporary files (the sheet XML it streams rows to, the template it writes while saving) in one
 * folder of this run's own, so an interrupted export removes them all at once: POI's default folder is
 * shared and its files are only marked delete-on-exit when a flag is set, and saving can create a file
 * after a shutdown hook has disposed the workbook.
 */
final class PoiTempFiles implements TempFileCreationStrategy {
    private final Path folder;
    /** Set under this object's lock: a file is made wholly before the removal (and removed by it) or refused after. */
    private boolean removed;

    PoiTempFiles(Path folder) {
        this.folder = folder;
    }

    private static PoiTempFiles installed;

    /**
     * Makes POI put its files in a folder of this process under the system temp folder, removed with
     * everything in it when the JVM exits (normally, on Ctrl-C or on SIGTERM). Once per process: several
     * workbooks share it.
     */
    static synchronized void install() throws IOException {
        if (installed == null) {
            PoiTempFiles files = new PoiTempFiles(Files.createTempDirectory("lede-xlsx-"));
            Runtime.getRuntime().addShutdownHook(new Thread(files::removeAll, "lede-xlsx-temp-files"));
            TempFile.setTempFileCreationStrategy(files);
            installed = files;
        }
    }

    @Override
    public synchronized File createTempFile(String prefix, String suffix) throws IOException {
        refuseAfterRemoval();
        return Files.createTempFile(folder, prefix, suffix).toFile();
    }

    @Override
    public synchronized File createTempDirectory(String prefix) throws IOException {
        refuseAfterRemoval();
        return Files.createTempDirectory(folder, prefix).toFile();
    }

    private void refuseAfterRemoval() throws IOException {
        if (removed) {
            throw new IOException("lede is exiting: no new temporary files");
        }
    }

    /** Deletes the folder and everything POI put in it; later requests for a file fail. */
    synchronized void removeAll() {
        removed = true;
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // already gone, or unreadable: nothing more we can do while exiting
        }
    }
}
