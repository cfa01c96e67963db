package lede.extract;

import lede.io.LedeException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A shipped word-list resource: {@code [section]} headers, words separated by spaces, {@code #} comments. */
final class WordLists {
    private final String resource;
    private final Map<String, List<List<String>>> sections;

    private WordLists(String resource, Map<String, List<List<String>>> sections) {
        this.resource = resource;
        this.sections = sections;
    }

    static WordLists load(String resource) {
        Map<String, List<List<String>>> sections = new LinkedHashMap<>();
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new LedeException(resource + " is missing from the jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> current = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(List.of(line.split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new LedeException(resource + ": " + e.getMessage(), e);
        }
        return new WordLists(resource, sections);
    }

    /** Every word of a section, "_" read as a space. */
    java.util.Set<String> words(String section) {
        return java.util.Set.copyOf(lines(section).stream().flatMap(List::stream).map(w -> w.replace('_', ' ')).toList());
    }

    /** A section's lines, each a list of words as written. */
    List<List<String>> lines(String section) {
        List<List<String>> lines = sections.get(section);
        if (lines == null) {
            throw new IllegalStateException(resource + ": no section [" + section + "]");
        }
        return lines;
    }
}
