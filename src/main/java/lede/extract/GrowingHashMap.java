package lede.extract;

import java.util.HashMap;

/**
 * The hash map CoreNLP makes through its {@code Generics} factory, named by the system property
 * {@code edu.stanford.nlp.hashmap.impl} ({@link #install}). With no constructor taking a size, CoreNLP
 * starts every such map at the default capacity: SUTime's pattern matcher asks for room for 512 entries at
 * every token where a rule may start and mostly stores a handful, so the zeroed tables were a tenth of
 * extract's CPU time (a profile: {@code HashMap.resize} under {@code SequenceMatcher$BranchStates}).
 */
public final class GrowingHashMap<K, V> extends HashMap<K, V> {
    private static final long serialVersionUID = 1L;

    /**
     * Names this class for CoreNLP's maps unless the user named another. CoreNLP reads the property once, when its
     * {@code Generics} class loads: so the extract entry points call this in their class initialisers, before
     * any thread of theirs touches CoreNLP. A JVM where CoreNLP was used before keeps its plain maps (slower,
     * the same results).
     */
    static void install() {
        if (System.getProperty("edu.stanford.nlp.hashmap.impl") == null) {
            System.setProperty("edu.stanford.nlp.hashmap.impl", GrowingHashMap.class.getName());
        }
    }

    public GrowingHashMap() {
        super();
    }

    /** CoreNLP requires this one (its copy constructor). */
    public GrowingHashMap(java.util.Map<? extends K, ? extends V> entries) {
        super(entries);
    }
}
