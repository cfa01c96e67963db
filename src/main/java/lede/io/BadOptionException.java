package lede.io;

/** An option value outside what the option allows; the CLI stops before reading anything, with exit 2. */
public final class BadOptionException extends LedeException {
    public BadOptionException(String message) {
        super(message);
    }
}
