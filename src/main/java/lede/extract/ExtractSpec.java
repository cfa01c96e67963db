package lede.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * What the user asked of {@code extract}, as plain values: immutable and serialisable, so another runtime
 * can send it to its workers and {@link #resolve} it there into the {@link ExtractConfig} an
 * {@link Extractor} needs (which holds loaded tables).
 *
 * @param only           output names to add (null or empty: all)
 * @param fineTypes      where fine-grained entity types come from
 * @param aliasFiles     alias tables (TSV) that extend the shipped one, in order
 * @param defaultAliases whether the shipped alias table is used
 * @param fuzzyAliases   whether one-letter and doubled-letter variants of the same type are merged
 * @param maxChars       longer texts are annotated in chunks of at most this many characters
 */
public record ExtractSpec(List<String> only, FineTypes fineTypes, List<String> aliasFiles, boolean defaultAliases,
                          boolean fuzzyAliases, int maxChars) implements Serializable {
    public ExtractSpec {
        only = only == null ? null : List.copyOf(only);
        aliasFiles = aliasFiles == null ? List.of() : List.copyOf(aliasFiles);
    }

    /**
     * The options that shape the annotations, as each document records them in its {@code extract} field (so
     * a resumed run can refuse to mix two kinds of annotation in one file).
     */
    public ObjectNode settings(boolean vagueDates, boolean langAny) {
        ObjectNode settings = Json.object();
        ArrayNode outputs = settings.putArray("only");
        Outputs.parse(only).forEach(output -> outputs.add(output.name()));
        settings.put("fine_types", fineTypes.name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode aliases = settings.putArray("aliases");
        if (defaultAliases) {
            aliases.add("shipped");
        }
        aliasFiles.forEach(aliases::add);
        settings.put("fuzzy_aliases", fuzzyAliases);
        settings.put("max_chars", maxChars);
        if (langAny) {
            settings.put("lang_any", true);
        }
        if (vagueDates) {
            settings.put("vague_dates", true);
        }
        settings.put("version", lede.Lede.version());
        return settings;
    }

    /** Loads the alias tables and looks up the outputs. */
    public ExtractConfig resolve() {
        return resolve((table, file) -> table.plus(Path.of(file)));
    }

    /**
     * Like {@link #resolve()}, with each alias file added to the table by {@code plusFile}: for a runtime whose
     * workers cannot open the files by name (lede.spark reads them on the driver and sends their text).
     */
    public ExtractConfig resolve(java.util.function.BiFunction<AliasTable, String, AliasTable> plusFile) {
        AliasTable aliases = defaultAliases ? AliasTable.shipped() : AliasTable.empty();
        for (String file : aliasFiles) {
            aliases = plusFile.apply(aliases, file);
        }
        return new ExtractConfig(Outputs.parse(only), fineTypes, aliases, fuzzyAliases, maxChars);
    }
}
