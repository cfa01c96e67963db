package lede.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import lede.io.Json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
    private OutputStream out;
    /** Our own buffers: the synchronized per-byte calls of Buffered/Data streams showed in profiles. */
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private long rows;

    RowSpill() throws IOException {
        file = Files.createTempFile("lede-export-", ".rows");
        file.toFile().deleteOnExit();
        out = Files.newOutputStream(file);
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
        flushBuffer();
        out.close();
        out = null;
        Row row = new Row();
        try (InputStream input = Files.newInputStream(file)) {
            in = input;
            position = 0;
            limit = 0;
            for (long r = 0; r < rows; r++) {
                row.clear();
                int size = readVarInt();
                for (int i = 0; i < size; i++) {
                    int column = readVarInt();
                    int tag = readByte();
                    JsonNode cell = switch (tag) {
                        case NULL -> NullNode.getInstance();
                        case LONG -> LongNode.valueOf(readLong());
                        case DOUBLE -> DoubleNode.valueOf(Double.longBitsToDouble(readLong()));
                        case TRUE -> BooleanNode.TRUE;
                        case FALSE -> BooleanNode.FALSE;
                        case TEXT, BIG_NUMBER -> {
                            String text = readString(readVarInt());
                            yield tag == TEXT ? TextNode.valueOf(text) : Json.MAPPER.readTree(text);
                        }
                        default -> throw new IOException("corrupt spill file " + file);
                    };
                    row.add(column, cell);
                }
                sink.accept(row);
            }
        } finally {
            in = null;
        }
    }

    private InputStream in;
    private int limit;

    /** Makes at least {@code n} bytes available at {@code position} (the buffer grows for long texts). */
    private void fill(int n) throws IOException {
        if (limit - position >= n) {
            return;
        }
        int remaining = limit - position;
        if (n > buffer.length) {
            byte[] bigger = new byte[Math.max(n, buffer.length * 2)];
            System.arraycopy(buffer, position, bigger, 0, remaining);
            buffer = bigger;
        } else {
            System.arraycopy(buffer, position, buffer, 0, remaining);
        }
        position = 0;
        limit = remaining;
        while (limit < n) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                throw new IOException("spill file " + file + " ended early");
            }
            limit += read;
        }
    }

    private int readByte() throws IOException {
        fill(1);
        return buffer[position++] & 0xff;
    }

    private long readLong() throws IOException {
        fill(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (buffer[position++] & 0xff);
        }
        return value;
    }

    private String readString(int length) throws IOException {
        fill(length);
        String text = new String(buffer, position, length, StandardCharsets.UTF_8);
        position += length;
        return text;
    }

    private void writeCell(JsonNode cell) throws IOException {
        JsonNodeType type = cell.getNodeType();
        if (type == JsonNodeType.STRING) {
            writeByte(TEXT);
            writeBytes(cell.textValue().getBytes(StandardCharsets.UTF_8));
        } else if (type == JsonNodeType.NUMBER) {
            if (cell.isIntegralNumber() && cell.canConvertToLong()) {
                writeByte(LONG);
                writeLong(cell.longValue());
            } else if (cell.isDouble() || cell.isFloat()) {
                writeByte(DOUBLE);
                writeLong(Double.doubleToRawLongBits(cell.doubleValue()));
            } else {
                writeByte(BIG_NUMBER);
                writeBytes(cell.toString().getBytes(StandardCharsets.UTF_8));
            }
        } else if (type == JsonNodeType.BOOLEAN) {
            writeByte(cell.booleanValue() ? TRUE : FALSE);
        } else if (type == JsonNodeType.NULL) {
            writeByte(NULL);
        } else {
            writeByte(TEXT);
            writeBytes(cell.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void room(int n) throws IOException {
        if (buffer.length - position < n) {
            flushBuffer();
        }
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }

    private void writeByte(int b) throws IOException {
        room(1);
        buffer[position++] = (byte) b;
    }

    private void writeLong(long value) throws IOException {
        room(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[position++] = (byte) (value >>> shift);
        }
    }

    private void writeBytes(byte[] bytes) throws IOException {
        writeVarInt(bytes.length);
        if (bytes.length > buffer.length - position) {
            flushBuffer();
            if (bytes.length > buffer.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    private void writeVarInt(int value) throws IOException {
        room(5);
        while ((value & ~0x7f) != 0) {
            buffer[position++] = (byte) ((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        buffer[position++] = (byte) value;
    }

    private int readVarInt() throws IOException {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = readByte();
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
