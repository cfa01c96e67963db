package lede.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The seed articles as documents, built here rather than by {@code ingest}: id from the file name,
 * {@code date} from a leading " date YYYY-MM-DD " marker, {@code text} the rest.
 */
public final class Seeds {
    private static final Pattern DATE_MARKER = Pattern.compile("^ date (\\d{4}-\\d{2}-\\d{2}) ");

    private Seeds() {
    }

    public static List<Path> files() {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed whose file name starts with the prefix ("001"). */
    static ObjectNode document(String prefix) {
        return files().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .map(Seeds::document).orElseThrow();
    }

    public static ObjectNode document(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ObjectNode document = Json.object();
            document.put("id", file.getFileName().toString().replaceFirst("\\.txt$", ""));
            Matcher date = DATE_MARKER.matcher(text);
            if (date.find()) {
                document.put("date", date.group(1));
                text = text.substring(date.end());
            }
            document.put("text", text);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
