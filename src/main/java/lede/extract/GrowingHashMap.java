package lede.extract;

import java.util.HashMap;

/**
 * The hash map CoreNLP makes through its {@code Generics} factory, named by the system property
 * {@code edu.stanford.nlp.hashmap.impl} (see {@link Pipelines}). With no constructor taking a size, CoreNLP
 * starts every such map at the default capacity: SUTime's pattern matcher asks for room for 512 entries at
 * every token where a rule may start and mostly stores a handful, so the zeroed tables were a tenth of
 * extract's CPU time (a profile: {@code HashMap.resize} under {@code SequenceMatcher$BranchStates}).
 */
public final class GrowingHashMap<K, V> extends HashMap<K, V> {
    private static final long serialVersionUID = 1L;

    public GrowingHashMap() {
        super();
    }

    /** CoreNLP requires this one (its copy constructor). */
    public GrowingHashMap(java.util.Map<? extends K, ? extends V> entries) {
        super(entries);
    }
}
