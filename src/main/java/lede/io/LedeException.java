package lede.io;

/**
 * An error the user can fix: bad input, a missing file, a wrong option value.
 * The CLI prints its message on one line, with no stack trace, and exits 1.
 */
public class LedeException extends RuntimeException {
    public LedeException(String message) {
        super(message);
    }

    public LedeException(String message, Throwable cause) {
        super(message, cause);
    }
}
