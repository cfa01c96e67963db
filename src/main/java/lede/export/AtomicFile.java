package lede.export;

import lede.io.LedeException;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name beside its target and renamed into place on {@link #commit()},
 * so a failed or interrupted run never leaves a half-written file where the user expects a good one.
 */
public final class AtomicFile implements Closeable {
    private final Path target;
    private final Path temporary;
    private boolean committed;

    public AtomicFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        // createFile, not createTempFile: the file gets the usual permissions (umask), not owner-only
        this.temporary = dir.resolve("." + this.target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Long.toHexString(System.nanoTime()) + ".part");
        try {
            Files.createFile(temporary);
        } catch (NoSuchFileException e) {
            throw new LedeException("cannot write " + target + ": no such folder " + dir);
        } catch (AccessDeniedException e) {
            throw new LedeException("cannot write " + target + ": permission denied in " + dir);
        }
        this.temporary.toFile().deleteOnExit();
    }

    /** Where to write. */
    public Path path() {
        return temporary;
    }

    public void commit() throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(temporary);
        }
    }
}
