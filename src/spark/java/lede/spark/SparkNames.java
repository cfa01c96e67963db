package lede.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.extract.AliasTable;
import lede.extract.CorpusNames;
import lede.extract.CorpusRenaming;
import lede.io.Json;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import java.io.Serializable;
import java.util.List;

/**
 * The CLI's names step of export ({@link CorpusRenaming}: one name per entity across all the input, after the
 * alias tables) on Spark: each partition gathers its names, the driver adds them up and decides the renaming
 * (one aggregation), and the executors get it as a broadcast. Without merging, the alias files alone rename.
 */
final class SparkNames implements Serializable {
    /** The corpus-wide renaming, or null when not merging. */
    private final Broadcast<CorpusNames.Rewrites> merged;
    private final Broadcast<AliasFiles> aliases;

    private SparkNames(Broadcast<CorpusNames.Rewrites> merged, Broadcast<AliasFiles> aliases) {
        this.merged = merged;
        this.aliases = aliases;
    }

    /** The renaming of these documents (JSON lines): merged across them, or by {@code aliases} alone. */
    static SparkNames of(JavaSparkContext sc, JavaRDD<String> documents, boolean merge, AliasFiles aliases) {
        Broadcast<CorpusNames.Rewrites> merged = merge ? sc.broadcast(merged(documents, aliases.onShipped())) : null;
        return new SparkNames(merged, sc.broadcast(aliases));
    }

    /** The CLI's corpus-wide names (CorpusRenaming.of): each partition gathers its names, the driver adds them up. */
    static CorpusNames.Rewrites merged(JavaRDD<String> documents, AliasTable aliases) {
        List<CorpusNames> parts = documents.mapPartitions(part -> {
            CorpusNames names = new CorpusNames(null); // the alias table is needed only by rewrites(), below
            while (part.hasNext()) {
                CorpusRenaming.gather((ObjectNode) Json.MAPPER.readTree(part.next()), names);
            }
            return List.of(names).iterator();
        }).collect();
        CorpusNames all = new CorpusNames(aliases);
        parts.forEach(all::addAll);
        return all.rewrites();
    }

    /** On an executor: the renaming to give each record, or null for none (no merging, no alias files). */
    CorpusNames.Rewrites rewrites() {
        if (merged != null) {
            return merged.value();
        }
        AliasFiles files = aliases.value();
        return files.names().isEmpty() ? null : CorpusNames.Rewrites.aliasesOnly(files.onShipped());
    }
}
