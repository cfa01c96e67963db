package lede.spark;

import lede.extract.ExtractConfig;
import lede.extract.ExtractSpec;
import lede.extract.Extractor;
import lede.extract.Outputs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Extractor} per executor JVM and per set of options, made on first use and shared by the executor's
 * task threads (an Extractor is thread-safe): CoreNLP's models are loaded once per JVM, not once per task.
 */
final class Extractors {
    /** The options of an extract run: what the spec says, --vague-dates and --lang-any. */
    record Key(ExtractSpec spec, boolean vagueDates, boolean langAny) implements java.io.Serializable {
    }

    /** The run's options from extract's flags, checked on the driver before any work (an unknown output or an
     *  unreadable alias file is an error now, not on an executor). */
    static Key key(lede.cli.ExtractFlags flags) {
        ExtractSpec spec = flags.spec();
        spec.resolve(AliasFiles.read(spec.aliasFiles())::plus);
        return new Key(spec, flags.vagueDates(), flags.langAny());
    }

    private static final Map<Key, Extractor> LOADED = new ConcurrentHashMap<>();

    private Extractors() {
    }

    /**
     * The executor's Extractor for these options; the first caller loads it while the others wait. The alias
     * files are those the key names, as read on the driver.
     */
    static Extractor get(Key key, AliasFiles aliases) {
        return LOADED.computeIfAbsent(key, k -> {
            ExtractConfig config = k.spec().resolve(aliases::plus);
            if (k.vagueDates()) {
                config = config.withOutputs(Outputs.withVagueDates(config.outputs()));
            }
            return new Extractor(config);
        });
    }
}
