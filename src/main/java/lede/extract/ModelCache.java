package lede.extract;

import java.io.IOException;
import java.io.DataOutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.zip.CRC32C;

/**
 * A directory of models in forms that load faster than CoreNLP's own ({@link CrfCache}), made on first use:
 * {@code $XDG_CACHE_HOME/lede}, by default {@code ~/.cache/lede}. Each file starts with a key naming what it was
 * made from (models, CoreNLP and lede versions, format) and ends with a checksum: a file made from something
 * else, cut short or damaged is not used (the caller loads the model as before and writes the file anew), never
 * an error. Files are written aside and renamed, so a run starting meanwhile reads the old file or none.
 */
final class ModelCache {
    private static final long MAGIC = 0x6c6564652d6d6431L; // "lede-md1"
    private static final String LEDE_VERSION = lede.Lede.version();

    private final Path dir;

    /** The cache in {@code dir}; null for none (every read misses, writes are dropped). */
    ModelCache(Path dir) {
        this.dir = dir;
    }

    /** The user's cache directory, as the XDG base directory specification names it. */
    static ModelCache standard() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        // the specification: a relative path is invalid and is to be ignored
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return new ModelCache(base.resolve("lede"));
    }

    /** {@code key} with this lede's version, so a file written by another lede is not used. */
    private static String fullKey(String key) {
        return "lede " + LEDE_VERSION + "; " + key;
    }

    /** The contents stored as {@code name} under {@code key}, or null when there are none, or they are damaged. */
    ByteBuffer read(String name, String key) {
        if (dir == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dir.resolve(name));
        } catch (IOException e) {
            return null; // no such file (yet), or unreadable: load the model as before
        }
        byte[] expectedKey = fullKey(key).getBytes(StandardCharsets.UTF_8);
        int start = Long.BYTES + Integer.BYTES + expectedKey.length;
        if (bytes.length < start + Integer.BYTES) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (buffer.getLong() != MAGIC || buffer.getInt() != expectedKey.length
                || !ByteBuffer.wrap(expectedKey).equals(buffer.slice(start - expectedKey.length, expectedKey.length))) {
            return null;
        }
        CRC32C checksum = new CRC32C();
        checksum.update(bytes, 0, bytes.length - Integer.BYTES);
        if ((int) checksum.getValue() != buffer.getInt(bytes.length - Integer.BYTES)) {
            return null;
        }
        return buffer.slice(start, bytes.length - Integer.BYTES - start);
    }

    /**
     * Stores {@code contents} as {@code name} under {@code key}. A cache that cannot be written (a read-only home,
     * a full disk) only means the next run loads the model the slow way again: nothing is reported.
     */
    void write(String name, String key, byte[] contents) {
        if (dir == null) {
            return;
        }
        byte[] keyBytes = fullKey(key).getBytes(StandardCharsets.UTF_8);
        ByteBuffer head = ByteBuffer.allocate(Long.BYTES + Integer.BYTES + keyBytes.length)
                .putLong(MAGIC).putInt(keyBytes.length).put(keyBytes);
        CRC32C checksum = new CRC32C();
        checksum.update(head.array());
        checksum.update(contents);
        byte[] tail = ByteBuffer.allocate(Integer.BYTES).putInt((int) checksum.getValue()).array();
        Path part = null;
        try {
            Files.createDirectories(dir);
            part = Files.createTempFile(dir, name + ".", ".part");
            try (var out = Files.newOutputStream(part)) {
                out.write(head.array());
                out.write(contents);
                out.write(tail);
            }
            Files.move(part, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // a stray .part file, harmless
                }
            }
        }
    }

    /**
     * What identifies a class path resource's contents cheaply: its size and CRC from the jar's directory (no need
     * to read it), or a file's size and time; null when there is no such resource.
     */
    static String resourceId(String path) {
        URL url = ModelCache.class.getClassLoader().getResource(path);
        if (url == null) {
            return null;
        }
        try {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                return path + ", " + jar.getJarEntry().getSize() + " bytes, CRC " + Long.toHexString(jar.getJarEntry().getCrc());
            }
            connection.getInputStream().close(); // a file URL opens the file to say its length
            return path + ", " + connection.getContentLengthLong() + " bytes, " + connection.getLastModified();
        } catch (IOException e) {
            return null;
        }
    }

    /** Strings as their lengths and one UTF-8 block: one decoding instead of one per string. */
    static void writeStrings(DataOutputStream out, Collection<String> strings) throws IOException {
        StringBuilder joined = new StringBuilder();
        int[] lengths = new int[strings.size()];
        int i = 0;
        for (String string : strings) {
            lengths[i++] = string.length();
            joined.append(string);
        }
        out.writeInt(lengths.length);
        writeInts(out, lengths);
        byte[] utf8 = joined.toString().getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static String[] readStrings(ByteBuffer in) {
        int[] lengths = ints(in, in.getInt());
        byte[] utf8 = new byte[in.getInt()];
        in.get(utf8);
        String joined = new String(utf8, StandardCharsets.UTF_8);
        String[] strings = new String[lengths.length];
        int at = 0;
        for (int i = 0; i < lengths.length; i++) {
            strings[i] = joined.substring(at, at += lengths[i]);
        }
        return strings;
    }

    /** Ints in one write (DataOutputStream's one at a time took seconds for the weights). */
    static void writeInts(DataOutputStream out, int[] ints) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(ints.length * Integer.BYTES);
        bytes.asIntBuffer().put(ints);
        out.write(bytes.array());
    }

    static int[] ints(ByteBuffer in, int count) {
        int[] ints = new int[count];
        in.asIntBuffer().get(ints);
        in.position(in.position() + count * Integer.BYTES);
        return ints;
    }

    /** A hash map's capacity for {@code size} entries without rehashing. */
    static int capacity(int size) {
        return (int) (size / 0.75f) + 1;
    }
}
