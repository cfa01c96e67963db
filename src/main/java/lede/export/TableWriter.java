package lede.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A flat table output (CSV, XLSX): a header, then rows of cells by column index. */
public interface TableWriter extends Closeable {
    void header(List<String> columns) throws IOException;

    /** One row; {@code cells[i]} is column i's cell or null when empty. */
    void row(JsonNode[] cells, int width) throws IOException;

    /** Completes the output. A file output that is closed without this is discarded. */
    void finish() throws IOException;
}
