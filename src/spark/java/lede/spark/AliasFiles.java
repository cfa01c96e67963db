package lede.spark;

import lede.extract.AliasTable;
import lede.io.LedeException;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The --aliases files of a run, read once on the driver (from any Hadoop file system) and sent to the executors
 * as text (broadcast), where the tables are made: an executor of a cluster cannot open the driver's files.
 */
record AliasFiles(List<String> names, List<byte[]> contents) implements Serializable {
    static final AliasFiles NONE = new AliasFiles(List.of(), List.of());

    /** Reads the files; a missing or unreadable one is an error naming it, before any work. */
    static AliasFiles read(List<String> names) {
        if (names == null || names.isEmpty()) {
            return NONE;
        }
        HadoopFiles files = new HadoopFiles(new org.apache.hadoop.conf.Configuration());
        List<byte[]> contents = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = files.open(name)) {
                contents.add(in.readAllBytes());
            } catch (FileNotFoundException e) {
                throw new LedeException(name + ": no such file");
            } catch (IOException e) {
                throw new LedeException(name + ": cannot read: " + e.getMessage(), e);
            }
        }
        return new AliasFiles(List.copyOf(names), contents);
    }

    /** {@code table} extended by the file called {@code name} (one of these files). */
    AliasTable plus(AliasTable table, String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("alias file " + name + " was not read on the driver");
        }
        try {
            return table.plus(new ByteArrayInputStream(contents.get(i)), name);
        } catch (IOException e) {
            throw new LedeException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The shipped table extended by every file, in order (as export and stats make theirs). */
    AliasTable onShipped() {
        AliasTable table = AliasTable.shipped();
        for (String name : names) {
            table = plus(table, name);
        }
        return table;
    }
}
