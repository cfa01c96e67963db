package lede.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes records as a flat table (CSV, XLSX). With {@code --fields} the columns are known and rows stream
 * straight through. Otherwise the columns are the union of every row's fields, and the header must list
 * them all before the first row: the rows are first parked in a temporary file ({@link RowSpill}), then
 * written under the full header. Memory stays flat either way; the temporary file is about the size of
 * the cell text.
 */
public final class SheetExport {
    /** What to take from each record. {@code fields} null means every field; {@code explode} may be null. */
    public record Shape(List<String> fields, String explode, String join) {
        public Shape {
            fields = fields == null ? null : List.copyOf(fields);
        }
    }

    private SheetExport() {
    }

    /** Writes the rows of {@code records} to {@code table} and finishes it; returns the number of rows. */
    public static long write(Iterator<ObjectNode> records, Shape shape, TableWriter table,
                             Consumer<String> warnings) throws IOException {
        Columns columns = shape.fields() == null ? Columns.open() : Columns.fixed(shape.fields());
        Flattener flattener = new Flattener(columns, shape.join(), shape.explode(), Set.of());
        BitSet filled = new BitSet();
        long recordCount = 0;
        long rows;
        if (columns.isFixed()) {
            table.header(columns.names());
            DenseWriter dense = new DenseWriter(table, columns, null, filled);
            while (records.hasNext()) {
                flattener.rows(records.next(), dense);
                recordCount++;
            }
            rows = dense.rows;
        } else {
            try (RowSpill spill = new RowSpill()) {
                while (records.hasNext()) {
                    flattener.rows(records.next(), spill::write);
                    recordCount++;
                }
                int[] order = columns.order();
                List<String> header = new ArrayList<>(order.length);
                for (int i : order) {
                    header.add(columns.name(i));
                }
                table.header(header);
                DenseWriter dense = new DenseWriter(table, columns, order, filled);
                spill.replay(dense);
                rows = dense.rows;
            }
        }
        table.finish();
        columns.renames().forEach(warnings);
        if (shape.explode() != null && recordCount > 0 && !flattener.explodeSeen()) {
            warnings.accept("no record has the field " + shape.explode() + " to explode: wrote no rows");
        }
        if (columns.isFixed() && rows > 0) {
            for (int i = 0; i < columns.size(); i++) {
                if (!filled.get(i)) {
                    warnings.accept("no row has a value for the field " + columns.name(i)
                            + " (misspelt? nested fields take dotted names such as meta.topics)");
                }
            }
        }
        return rows;
    }

    /** Spreads each row over the columns in header order and hands it to the table. */
    private static final class DenseWriter implements RowSink {
        private final TableWriter table;
        private final Columns columns;
        private final int[] order;
        private final BitSet filled;
        private JsonNode[] cells;
        private JsonNode[] ordered;
        long rows;

        /** {@code order}: column indices in header order, or null for registration order. */
        DenseWriter(TableWriter table, Columns columns, int[] order, BitSet filled) {
            this.table = table;
            this.columns = columns;
            this.order = order;
            this.filled = filled;
        }

        @Override
        public void accept(Row row) throws IOException {
            int width = columns.size();
            cells = row.spread(cells, width);
            for (int i = 0; i < row.size(); i++) {
                filled.set(row.column(i));
            }
            if (order == null) {
                table.row(cells, width);
            } else {
                if (ordered == null) {
                    ordered = new JsonNode[order.length];
                }
                for (int i = 0; i < order.length; i++) {
                    ordered[i] = cells[order[i]];
                }
                table.row(ordered, order.length);
            }
            rows++;
        }
    }
}
