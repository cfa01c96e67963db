package lede.io;

/** One input record that cannot be used; its message reads {@code file:line: reason}. */
public class BadRecordException extends LedeException {
    private final String file;
    private final long line;
    private final String reason;

    public BadRecordException(String file, long line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
