package lede.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import lede.io.Json;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rows parked in a temporary file, so the header of a CSV or XLSX file can list every column before the
 * first row is written without holding the rows in memory. A compact binary form: no JSON parsing on the
 * way back. The file is deleted on {@link #close()} (and at JVM exit, should the run be interrupted).
 */
final class RowSpill implements Closeable {
    private static final int NULL = 0;
    private static final int TEXT = 1;
    private static final int LONG = 2;
    private static final int DOUBLE = 3;
    private static final int TRUE = 4;
    private static final int FALSE = 5;
    private static final int BIG_NUMBER = 6;

    private final Path file;
    private DataOutputStream out;
    private long rows;

    RowSpill() throws IOException {
        file = Files.createTempFile("lede-export-", ".rows");
        file.toFile().deleteOnExit();
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    void write(Row row) throws IOException {
        writeVarInt(row.size());
        for (int i = 0; i < row.size(); i++) {
            writeVarInt(row.column(i));
            writeCell(row.cell(i));
        }
        rows++;
    }

    long rows() {
        return rows;
    }

    /** Reads the rows back in order, handing each to {@code sink} (one reused row). */
    void replay(RowSink sink) throws IOException {
        out.close();
        out = null;
        Row row = new Row();
        byte[] buffer = new byte[1024];
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (long r = 0; r < rows; r++) {
                row.clear();
                int size = readVarInt(in);
                for (int i = 0; i < size; i++) {
                    int column = readVarInt(in);
                    int tag = in.readUnsignedByte();
                    JsonNode cell = switch (tag) {
                        case NULL -> NullNode.getInstance();
                        case LONG -> LongNode.valueOf(in.readLong());
                        case DOUBLE -> DoubleNode.valueOf(in.readDouble());
                        case TRUE -> BooleanNode.TRUE;
                        case FALSE -> BooleanNode.FALSE;
                        case TEXT, BIG_NUMBER -> {
                            int length = readVarInt(in);
                            if (length > buffer.length) {
                                buffer = new byte[Math.max(length, buffer.length * 2)];
                            }
                            in.readFully(buffer, 0, length);
                            String text = new String(buffer, 0, length, StandardCharsets.UTF_8);
                            yield tag == TEXT ? TextNode.valueOf(text) : Json.MAPPER.readTree(text);
                        }
                        default -> throw new IOException("corrupt spill file " + file);
                    };
                    row.add(column, cell);
                }
                sink.accept(row);
            }
        }
    }

    private void writeCell(JsonNode cell) throws IOException {
        JsonNodeType type = cell.getNodeType();
        if (type == JsonNodeType.STRING) {
            out.writeByte(TEXT);
            writeBytes(cell.textValue().getBytes(StandardCharsets.UTF_8));
        } else if (type == JsonNodeType.NUMBER) {
            if (cell.isIntegralNumber() && cell.canConvertToLong()) {
                out.writeByte(LONG);
                out.writeLong(cell.longValue());
            } else if (cell.isDouble() || cell.isFloat()) {
                out.writeByte(DOUBLE);
                out.writeDouble(cell.doubleValue());
            } else {
                out.writeByte(BIG_NUMBER);
                writeBytes(cell.toString().getBytes(StandardCharsets.UTF_8));
            }
        } else if (type == JsonNodeType.BOOLEAN) {
            out.writeByte(cell.booleanValue() ? TRUE : FALSE);
        } else if (type == JsonNodeType.NULL) {
            out.writeByte(NULL);
        } else {
            out.writeByte(TEXT);
            writeBytes(cell.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void writeBytes(byte[] bytes) throws IOException {
        writeVarInt(bytes.length);
        out.write(bytes);
    }

    private void writeVarInt(int value) throws IOException {
        while ((value & ~0x7f) != 0) {
            out.writeByte((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
        Files.deleteIfExists(file);
    }
}
