package lede.stats;

import lede.io.LedeException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Stopword lists: {@code en} (the built-in English list), {@code none}, or a file with one word a line. */
public final class Stopwords {
    private Stopwords() {
    }

    public static Set<String> named(String name) {
        if (name == null || name.equals("none")) {
            return Set.of();
        }
        if (name.equals("en")) {
            try (InputStream in = Stopwords.class.getResourceAsStream("/lede/stats/stopwords-en.txt")) {
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("built-in stopword list missing", e);
            }
        }
        try (Reader in = Files.newBufferedReader(Path.of(name), StandardCharsets.UTF_8)) {
            return read(in);
        } catch (NoSuchFileException e) {
            throw new LedeException("--stopwords " + name + ": no such file (or use en or none)");
        } catch (IOException e) {
            throw new LedeException("--stopwords " + name + ": cannot read: " + e.getMessage());
        }
    }

    private static Set<String> read(Reader reader) throws IOException {
        Set<String> words = new HashSet<>();
        BufferedReader lines = new BufferedReader(reader);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(Words.fold(word));
            }
        }
        return words;
    }
}
