package lede.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;

/** Writes one JSON value per line: UTF-8, {@code \n} line ends, fields in the order the node holds them. */
public final class NdjsonWriter implements Closeable, Flushable {
    private final OutputStream out;
    private final JsonGenerator generator;

    public NdjsonWriter(OutputStream out) throws IOException {
        this.out = out;
        this.generator = Json.MAPPER.getFactory().createGenerator(out);
        this.generator.setRootValueSeparator(null);
        // keep our own stream open: close() decides
        this.generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    public void write(JsonNode value) throws IOException {
        Json.MAPPER.writeTree(generator, value);
        generator.writeRaw('\n');
    }

    @Override
    public void flush() throws IOException {
        generator.flush();
    }

    @Override
    public void close() throws IOException {
        generator.flush();
        out.close();
    }
}
