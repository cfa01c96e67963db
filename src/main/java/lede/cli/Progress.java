package lede.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The one progress line every long-running command shows on stderr: documents (and tokens) done, the rate,
 * and for input files of known size the share read and the time left. It redraws itself twice a second from
 * counters the command exposes, so stage code needs no callbacks. Shown only when enabled (stderr is a
 * terminal, or {@code --progress}); warnings and messages go through it so they never mix with the line.
 */
public final class Progress implements AutoCloseable {
    private static final Progress OFF = new Progress(null, false, "");

    private final PrintWriter err;
    private final boolean enabled;
    private final String command;
    private ScheduledExecutorService timer;
    private LongSupplier documents = () -> 0;
    private LongSupplier tokens;
    private LongSupplier bytes;
    private long totalBytes = -1;
    private long startNanos;
    private boolean lineShown;

    private Progress(PrintWriter err, boolean enabled, String command) {
        this.err = err;
        this.enabled = enabled;
        this.command = command;
    }

    /** A progress line for {@code command} ("lede extract"); {@code enabled} says whether it is drawn. */
    public static Progress on(PrintWriter err, boolean enabled, String command) {
        return new Progress(err, enabled, command);
    }

    /** A progress line that never draws (messages and warnings are still printed if {@code err} is given). */
    public static Progress off() {
        return OFF;
    }

    /** The launcher tells the JVM whether stderr is a terminal: Java 17 can only ask about stdin and stdout. */
    public static boolean stderrIsTerminal() {
        return Boolean.getBoolean("lede.stderr.tty");
    }

    /** Whether stdin is a terminal (a person would have to type the documents), as the launcher says. */
    public static boolean stdinIsTerminal() {
        return Boolean.getBoolean("lede.stdin.tty");
    }

    public boolean enabled() {
        return enabled;
    }

    /** Starts redrawing from these counters; {@code tokens} and {@code bytes} may be null. */
    public synchronized Progress track(LongSupplier documents, LongSupplier tokens, LongSupplier bytes, long totalBytes) {
        this.documents = documents;
        this.tokens = tokens;
        this.bytes = bytes;
        this.totalBytes = totalBytes;
        this.startNanos = System.nanoTime();
        if (enabled && timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "lede-progress");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleAtFixedRate(this::redraw, 500, 500, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** A message of its own line, shown only when progress is ("loading CoreNLP models..."). */
    public synchronized void status(String message) {
        if (enabled) {
            clearLine();
            err.println(command + ": " + message);
            err.flush();
        }
    }

    /** A warning: always printed, on a line of its own. */
    public synchronized void warn(String message) {
        if (err == null) {
            return;
        }
        clearLine();
        err.println(command + ": " + message);
        err.flush();
    }

    private synchronized void redraw() {
        if (timer == null) {
            return;
        }
        err.print("\r\033[K" + describe());
        err.flush();
        lineShown = true;
    }

    private void clearLine() {
        if (lineShown) {
            err.print("\r\033[K");
            lineShown = false;
        }
    }

    String describe() {
        double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 1e-3);
        long docs = documents.getAsLong();
        StringBuilder line = new StringBuilder(command).append(": ")
                .append(String.format(Locale.ROOT, "%,d documents", docs));
        if (tokens != null) {
            line.append(String.format(Locale.ROOT, ", %,d tokens", tokens.getAsLong()));
        }
        line.append(String.format(Locale.ROOT, ", %.0f s (%,.1f documents/s", seconds, docs / seconds));
        if (tokens != null) {
            line.append(String.format(Locale.ROOT, ", %,.0f tokens/s", tokens.getAsLong() / seconds));
        }
        line.append(')');
        if (bytes != null && totalBytes > 0) {
            long done = Math.min(bytes.getAsLong(), totalBytes);
            double share = (double) done / totalBytes;
            line.append(String.format(Locale.ROOT, ", %.0f%% of %s", share * 100, megabytes(totalBytes)));
            if (share > 0.01 && share < 1) {
                line.append(String.format(Locale.ROOT, ", about %s left", duration(seconds * (1 - share) / share)));
            }
        }
        return line.toString();
    }

    private static String megabytes(long bytes) {
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.0f kB", Math.ceil(bytes / 1e3));
        }
        return bytes < 10_000_000 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%,.0f MB", bytes / 1e6);
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }

    /** Stops redrawing; a drawn line is finished with its final figures. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
            err.print("\r\033[K" + describe() + "\n");
            err.flush();
            lineShown = false;
        }
    }
}
