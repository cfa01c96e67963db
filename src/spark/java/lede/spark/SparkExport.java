package lede.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.export.Columns;
import lede.export.CsvTable;
import lede.export.Flattener;
import lede.extract.CorpusNames;
import lede.extract.CorpusRenaming;
import lede.io.Json;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.RowFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * export on Spark, with the CLI's flattening ({@link Flattener}, {@link Columns}, {@link CsvTable}'s quoting and
 * formula guard). The header lists every column before the first row, so the columns are one aggregation first:
 * each partition flattens its records for their columns alone, and the driver merges the parts in input order
 * ({@link Columns#merge}), which gives the CLI's order and names. Then each partition flattens its records again
 * under those columns and writes its rows.
 */
final class SparkExport {
    /** The type of a column's values, for Parquet: the widest of its cells'. */
    static final byte EMPTY = 0;
    static final byte BOOLEAN = 1;
    static final byte LONG = 2;
    static final byte DOUBLE = 3;
    static final byte TEXT = 4;

    /** What to take from each record and how CSV looks: the CLI's options, as plain values for the executors. */
    record Options(List<String> fields, String explode, String join, char delimiter, boolean formulaGuard)
            implements Serializable {
        Columns newColumns() {
            return fields == null ? Columns.open() : Columns.fixed(fields);
        }
    }

    /** One partition's columns, those its rows filled (by its own index), their types, and what it read. */
    private record Part(Columns columns, BitSet filled, byte[] types, boolean explodeSeen, long records, long rows)
            implements Serializable {
    }

    /** The table's columns (all the input's, in the CLI's order) and the type of each. */
    record Table(Columns columns, int[] order, List<String> header, byte[] types) implements Serializable {
    }

    private SparkExport() {
    }

    /** The columns of all the records (one pass); says on {@code warnings} what the CLI says about them. */
    static Table columns(JavaRDD<String> records, Options options, SparkNames names, Consumer<String> warnings) {
        List<Part> parts = records.mapPartitions(part -> List.of(survey(part, options, names.rewrites())).iterator())
                .collect();
        Columns columns = options.newColumns();
        BitSet filled = new BitSet();
        byte[] types = new byte[0];
        boolean explodeSeen = false;
        long recordCount = 0;
        long rowCount = 0;
        for (Part part : parts) {
            int[] into = columns.isFixed() ? identity(part.columns().size()) : columns.merge(part.columns());
            types = java.util.Arrays.copyOf(types, columns.size());
            for (int j = 0; j < into.length; j++) {
                types[into[j]] = wider(types[into[j]], part.types()[j]);
                if (part.filled().get(j)) {
                    filled.set(into[j]);
                }
            }
            explodeSeen |= part.explodeSeen();
            recordCount += part.records();
            rowCount += part.rows();
        }
        int[] order = columns.isFixed() ? identity(columns.size()) : columns.order();
        List<String> header = new ArrayList<>();
        for (int i : order) {
            header.add(columns.name(i));
        }
        // the CLI's warnings (SheetExport.write), in its order
        columns.renames().forEach(warnings);
        if (options.explode() != null && recordCount > 0 && !explodeSeen) {
            warnings.accept("no record has the field " + options.explode() + " to explode: wrote no rows");
        }
        if (columns.isFixed() && rowCount > 0) {
            for (int i = 0; i < columns.size(); i++) {
                if (!filled.get(i)) {
                    warnings.accept("no row has a value for the field " + columns.name(i)
                            + " (misspelt? nested fields take dotted names such as meta.topics)");
                }
            }
        }
        return new Table(columns, order, header, types);
    }

    private static Part survey(Iterator<String> records, Options options, CorpusNames.Rewrites rewrites)
            throws IOException {
        Columns columns = options.newColumns();
        Flattener flattener = new Flattener(columns, options.join(), options.explode(), Set.of());
        BitSet filled = new BitSet();
        byte[][] types = {new byte[16]};
        long count = 0;
        long[] rows = {0};
        while (records.hasNext()) {
            flattener.rows(record(records.next(), rewrites), row -> {
                rows[0]++;
                if (types[0].length < columns.size()) {
                    types[0] = java.util.Arrays.copyOf(types[0], Math.max(columns.size(), types[0].length * 2));
                }
                for (int i = 0; i < row.size(); i++) {
                    filled.set(row.column(i));
                    types[0][row.column(i)] = wider(types[0][row.column(i)], typeOf(row.cell(i)));
                }
            });
            count++;
        }
        return new Part(columns, filled, java.util.Arrays.copyOf(types[0], columns.size()), flattener.explodeSeen(), count,
                rows[0]);
    }

    /** The CSV records of the rows (without their line ends; a record may hold quoted line breaks), the header first. */
    static JavaRDD<String> csv(JavaSparkContext sc, JavaRDD<String> records, Options options, SparkNames names,
                               Table table) {
        Broadcast<Table> shared = sc.broadcast(table);
        return records.mapPartitionsWithIndex((index, part) -> {
            CsvRecords csv = new CsvRecords(new CsvTable.Style(options.delimiter(), false, options.formulaGuard()));
            Iterator<String> rows = new Rows(part, options, names.rewrites(), shared.value()).map(csv::row);
            List<String> header = shared.value().header();
            return index == 0 && !header.isEmpty() ? concat(csv.header(header), rows) : rows;
        }, true);
    }

    /** The rows as Spark rows of typed values (see {@link #value}). */
    static JavaRDD<org.apache.spark.sql.Row> typed(JavaSparkContext sc, JavaRDD<String> records, Options options,
                                                  SparkNames names, Table table) {
        Broadcast<Table> shared = sc.broadcast(table);
        return records.mapPartitions(part -> {
            Table columns = shared.value();
            return new Rows(part, options, names.rewrites(), columns).map(cells -> {
                Object[] values = new Object[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    values[i] = value(cells[i], columns.types()[columns.order()[i]]);
                }
                return RowFactory.create(values);
            });
        });
    }

    private static Iterator<String> concat(String first, Iterator<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first),
                java.util.stream.StreamSupport.stream(((Iterable<String>) () -> rest).spliterator(), false)).iterator();
    }

    /**
     * A partition's rows, flattened one record at a time as the task asks for them, under the table's columns:
     * each row's cells in header order. A table without columns has no rows (as the CLI writes none).
     */
    private static final class Rows implements Iterator<JsonNode[]> {
        private final Iterator<String> records;
        private final CorpusNames.Rewrites rewrites;
        private final Columns columns;
        private final Flattener flattener;
        private final int[] order;
        private final java.util.ArrayDeque<JsonNode[]> ready = new java.util.ArrayDeque<>();
        private JsonNode[] cells;

        Rows(Iterator<String> records, Options options, CorpusNames.Rewrites rewrites, Table table) {
            this.records = records;
            this.rewrites = rewrites;
            this.columns = options.newColumns();
            if (!columns.isFixed()) {
                columns.merge(table.columns()); // the same index for each column as on the driver
            }
            this.flattener = new Flattener(columns, options.join(), options.explode(), Set.of());
            this.order = table.order();
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && order.length > 0 && records.hasNext()) {
                try {
                    flattener.rows(record(records.next(), rewrites), row -> {
                        cells = row.spread(cells, columns.size());
                        JsonNode[] ordered = new JsonNode[order.length];
                        for (int i = 0; i < order.length; i++) {
                            ordered[i] = cells[order[i]];
                        }
                        ready.add(ordered);
                    });
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return !ready.isEmpty();
        }

        @Override
        public JsonNode[] next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return ready.remove();
        }

        <T> Iterator<T> map(Mapping<T> mapping) {
            Iterator<JsonNode[]> rows = this;
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public T next() {
                    try {
                        return mapping.apply(rows.next());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            };
        }
    }

    private interface Mapping<T> {
        T apply(JsonNode[] cells) throws IOException;
    }

    private static ObjectNode record(String json, CorpusNames.Rewrites rewrites) throws IOException {
        ObjectNode record = (ObjectNode) Json.MAPPER.readTree(json);
        if (rewrites != null) {
            CorpusRenaming.rename(record, rewrites);
        }
        return record;
    }

    static byte typeOf(JsonNode cell) {
        if (cell == null || cell.isNull()) {
            return EMPTY;
        } else if (cell.isBoolean()) {
            return BOOLEAN;
        } else if (cell.isIntegralNumber() && cell.canConvertToLong()) {
            return LONG;
        } else if (cell.isDouble() || cell.isFloat()) {
            return DOUBLE;
        }
        return TEXT;
    }

    static byte wider(byte a, byte b) {
        if (a == b || b == EMPTY) {
            return a;
        } else if (a == EMPTY) {
            return b;
        } else if ((a == LONG || a == DOUBLE) && (b == LONG || b == DOUBLE)) {
            return DOUBLE;
        }
        return TEXT;
    }

    /** A cell as its column's type; text as the CSV shows it, without the formula guard. */
    static Object value(JsonNode cell, byte type) {
        if (cell == null || cell.isNull()) {
            return null;
        }
        return switch (type) {
            case BOOLEAN -> cell.booleanValue();
            case LONG -> cell.longValue();
            case DOUBLE -> cell.doubleValue();
            default -> cell.isTextual() ? cell.textValue() : cell.asText();
        };
    }

    private static int[] identity(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }

    /** CSV records one at a time, through the CLI's CsvTable. */
    private static final class CsvRecords {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final CsvTable table;

        CsvRecords(CsvTable.Style style) throws IOException {
            table = new CsvTable(buffer, style);
        }

        String header(List<String> columns) throws IOException {
            table.header(columns);
            return take();
        }

        String row(JsonNode[] cells) throws IOException {
            table.row(cells, cells.length);
            return take();
        }

        /** The record written, without its \n (saveAsTextFile adds it). */
        private String take() throws IOException {
            table.finish();
            String record = buffer.toString(StandardCharsets.UTF_8);
            buffer.reset();
            return record.substring(0, record.length() - 1);
        }
    }
}
