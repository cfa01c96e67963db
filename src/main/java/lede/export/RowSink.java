package lede.export;

import java.io.IOException;

/** Takes the rows of an export one at a time; the row is reused, so copy what you keep. */
@FunctionalInterface
public interface RowSink {
    void accept(Row row) throws IOException;
}
