package lede.extract;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.HashIndex;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A name CRF kept in the {@link ModelCache} in a form that loads several times faster (the 3-class CRF: 1.05
 * instead of 3.8 s of CPU). Most of the time CoreNLP takes to load one goes to Java's deserialisation of three
 * objects: the feature index (350,000 names in a hash map), the weights (one array per feature) and the feature
 * factory's word clusters (530,000 words in a hash map). Here the names are UTF-8 blocks and the weights one float
 * block; the rest of the classifier (flags, labels: small) stays in Java's form and is read by CoreNLP's own
 * {@code loadClassifier}, which is handed the large objects back where the stream names them. So the classifier
 * is built by the same code as before and tags the same.
 */
final class CrfCache {
    /** Bump when the layout below changes: older files then miss and are written anew. */
    private static final int FORMAT = 1;

    /** In the Java-serialized part, the place of a large object: 0 the feature index, 1 the weights, 2... word maps. */
    private record StandIn(int index) implements Serializable {
    }

    private CrfCache() {
    }

    /**
     * The classifier at {@code path} (a class path resource, as CoreNLP's ner.model names it) loaded with
     * {@code passed} properties, as {@link ClassifierCombiner#loadClassifierFromPath} loads it; from the cache when
     * it holds it, else the slow way, after which it is cached.
     */
    static AbstractSequenceClassifier<CoreLabel> load(ModelCache cache, String path, Properties passed)
            throws IOException {
        String key = key(path, passed);
        String name = fileName(path);
        if (key != null) {
            ByteBuffer cached = cache.read(name, key);
            if (cached != null) {
                try {
                    return decode(cached, passed);
                } catch (Exception | LinkageError e) {
                    // written by a lede whose CoreNLP classes differ, or damaged past the checksum: make it anew
                }
            }
        }
        AbstractSequenceClassifier<CoreLabel> classifier = ClassifierCombiner.loadClassifierFromPath(passed, path);
        if (key != null && classifier instanceof CRFClassifier<CoreLabel> crf) {
            byte[] encoded;
            try {
                encoded = encode(crf);
            } catch (Exception e) {
                return classifier; // a CRF of a kind this form does not hold: no cache
            }
            cache.write(name, key, encoded);
        }
        return classifier;
    }

    /** What the cached file was made from: the model's bytes (size and CRC), CoreNLP, properties, format. */
    static String key(String path, Properties passed) {
        String model = ModelCache.resourceId(path);
        if (model == null) {
            return null; // a file path: CoreNLP reads it itself, uncached
        }
        return "crf " + FORMAT + "; CoreNLP " + CRFClassifier.class.getPackage().getImplementationVersion() + "; "
                + model + "; " + new TreeMap<>(passed);
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.ser\\.gz$", "") + ".lede-cache";
    }

    static byte[] encode(CRFClassifier<CoreLabel> crf) throws IOException, ReflectiveOperationException {
        @SuppressWarnings("unchecked")
        HashIndex<String> features = (HashIndex<String>) field(CRFClassifier.class, "featureIndex").get(crf);
        float[][] weights = (float[][]) field(CRFClassifier.class, "weights").get(crf);
        // the Java-serialized part first (in memory), to learn which large word maps it holds
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        Replacing objects = new Replacing(rest, features, weights);
        crf.serializeClassifier(objects);
        objects.close();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 << 20);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBoolean(field(HashIndex.class, "locked").getBoolean(features));
        ModelCache.writeStrings(out, features.objectsList());
        out.writeInt(weights.length);
        int[] rowLengths = new int[weights.length];
        int total = 0;
        for (int i = 0; i < weights.length; i++) {
            rowLengths[i] = weights[i].length;
            total += rowLengths[i];
        }
        ModelCache.writeInts(out, rowLengths);
        ByteBuffer values = ByteBuffer.allocate(total * Float.BYTES);
        for (float[] row : weights) {
            values.asFloatBuffer().put(row);
            values.position(values.position() + row.length * Float.BYTES);
        }
        out.write(values.array());
        out.writeInt(objects.maps.size());
        for (Map<String, String> map : objects.maps) {
            writeMap(out, map);
        }
        out.writeInt(rest.size());
        rest.writeTo(out);
        out.flush();
        return bytes.toByteArray();
    }

    static CRFClassifier<CoreLabel> decode(ByteBuffer in, Properties passed)
            throws IOException, ClassNotFoundException, ReflectiveOperationException {
        boolean locked = in.get() != 0;
        String[] names = ModelCache.readStrings(in);
        HashMap<String, Integer> indexes = new HashMap<>(ModelCache.capacity(names.length));
        for (int i = 0; i < names.length; i++) {
            indexes.put(names[i], i);
        }
        List<String> objects = new ArrayList<>(Arrays.asList(names));
        HashIndex<String> features = new HashIndex<>(() -> objects, () -> indexes);
        if (locked) {
            features.lock();
        }

        float[][] weights = new float[in.getInt()][];
        int[] rowLengths = ModelCache.ints(in, weights.length);
        FloatBuffer values = in.asFloatBuffer();
        for (int i = 0; i < weights.length; i++) {
            weights[i] = new float[rowLengths[i]];
            values.get(weights[i]);
        }
        in.position(in.position() + values.position() * Float.BYTES);

        List<Object> large = new ArrayList<>(List.of(features, weights));
        for (int maps = in.getInt(); maps > 0; maps--) {
            large.add(readMap(in));
        }
        byte[] rest = new byte[in.getInt()];
        in.get(rest);
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(new SeqClassifierFlags());
        crf.loadClassifier(new Resolving(new ByteArrayInputStream(rest), large), passed);
        return crf;
    }

    /** A word map (the distributional-similarity lexicon: 530,000 words, a few hundred cluster names). */
    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        Map<String, Integer> distinct = new LinkedHashMap<>();
        for (String value : map.values()) {
            distinct.putIfAbsent(value, distinct.size());
        }
        ModelCache.writeStrings(out, distinct.keySet());
        ModelCache.writeStrings(out, map.keySet());
        ModelCache.writeInts(out, map.values().stream().mapToInt(distinct::get).toArray());
    }

    private static HashMap<String, String> readMap(ByteBuffer in) {
        String[] values = ModelCache.readStrings(in);
        String[] keys = ModelCache.readStrings(in);
        int[] which = ModelCache.ints(in, keys.length);
        HashMap<String, String> map = new HashMap<>(ModelCache.capacity(keys.length));
        for (int i = 0; i < keys.length; i++) {
            map.put(keys[i], values[which[i]]);
        }
        return map;
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /** Writes the classifier's Java-serialized part with stand-ins for the large objects, collecting its word maps. */
    private static final class Replacing extends ObjectOutputStream {
        private final Object features;
        private final Object weights;
        final List<Map<String, String>> maps = new ArrayList<>();

        Replacing(OutputStream out, Object features, Object weights) throws IOException {
            super(out);
            this.features = features;
            this.weights = weights;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            if (object == features) {
                return new StandIn(0);
            }
            if (object == weights) {
                return new StandIn(1);
            }
            if (object.getClass() == HashMap.class && ((Map<?, ?>) object).size() >= 10_000 && wordMap((Map<?, ?>) object)) {
                @SuppressWarnings("unchecked")
                Map<String, String> map = (Map<String, String>) object;
                maps.add(map);
                return new StandIn(maps.size() + 1);
            }
            return object;
        }

        private static boolean wordMap(Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String) || !(entry.getValue() instanceof String)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Reads that part, putting the large objects back in place of their stand-ins. */
    private static final class Resolving extends ObjectInputStream {
        private final List<Object> large;

        Resolving(InputStream in, List<Object> large) throws IOException {
            super(in);
            this.large = large;
            enableResolveObject(true);
        }

        @Override
        protected Object resolveObject(Object object) {
            return object instanceof StandIn standIn ? large.get(standIn.index()) : object;
        }
    }
}
