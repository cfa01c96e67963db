package lede.ingest;

import java.util.Locale;

/** The input formats ingest reads. */
public enum Format {
    TXT, NDJSON, CSV, TSV, HTML;

    /** The format a file name's extension names (a trailing {@code .gz} is looked through), or null. */
    public static Format ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (extension) {
            case "txt", "text" -> TXT;
            case "ndjson", "jsonl", "json" -> NDJSON;
            case "csv" -> CSV;
            case "tsv", "tab" -> TSV;
            case "html", "htm", "xhtml" -> HTML;
            default -> null;
        };
    }

    /** The file name without directory, extension and {@code .gz}: the id of a one-document file. */
    public static String baseName(String path) {
        String name = path.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
