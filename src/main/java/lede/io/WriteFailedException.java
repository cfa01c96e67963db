package lede.io;

import java.io.IOException;

/**
 * Writing an output file failed (a full disk); the message names the file and says why, ready for the
 * user. An IOException, so it passes through the code that writes; {@code lede.cli.Errors} finds it.
 */
public final class WriteFailedException extends IOException {
    public WriteFailedException(String message, IOException cause) {
        super(message, cause);
    }
}
