package lede.extract;

import lede.io.LedeException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The words of title and address ("Mr.", "Senator", ...) that extract knows, from the shipped titles.txt. */
final class TitleWords {
    private static final String RESOURCE = "/lede/extract/titles.txt";
    private static final Map<String, Set<String>> SECTIONS = load();

    /** Words that open a PERSON mention without being part of the name; lower case, full stop as written. */
    static final Set<String> NAME_PREFIXES = section("name-prefixes");
    /** Words that may stand before a speaker's name; lower case, no full stops. */
    static final Set<String> SPEAKER_TITLES = section("speaker-titles");
    /** Words whose full stop does not end a sentence; as written. */
    static final Set<String> ABBREVIATIONS = section("abbreviations");

    private TitleWords() {
    }

    private static Set<String> section(String name) {
        Set<String> words = SECTIONS.get(name);
        if (words == null) {
            throw new IllegalStateException(RESOURCE + ": no section [" + name + "]");
        }
        return Set.copyOf(words);
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> sections = new HashMap<>();
        try (InputStream in = TitleWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new LedeException(RESOURCE + " is missing from the jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> current = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new HashSet<>());
                } else if (current != null) {
                    current.addAll(java.util.List.of(line.split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new LedeException(RESOURCE + ": " + e.getMessage(), e);
        }
        return sections;
    }
}
