import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import lede.ingest.LanguageGuess;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Language detection: accuracy on short and long texts, speed and memory, for one detector per run (so each
 * JVM's heap holds one detector's models). Texts: the hand-written dev set (8 languages, short and long),
 * Reuters-21578 and PolNeAR articles (English; their first sentence as a short text).
 *   java -cp "target/lede.jar:target/lib/*:LINGUA_CP" scripts/bench/LangBench.java MODE DEVSET REUTERS POLNEAR
 * MODE: lede (LanguageGuess.detect: the prose check, then Optimaize), optimaize (the detector alone, same
 * 15 languages and 1,000-character sample), lingua (high accuracy) or lingua-low (low accuracy mode), both
 * with the same 15 languages.
 */
public class LangBench {
    record Labelled(String lang, boolean isShort, String text) {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        List<Labelled> dev = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 3);
            dev.add(new Labelled(f[0], f[1].equals("short"), f[2]));
        }
        List<String> english = new ArrayList<>();
        english.addAll(texts(Path.of(args[2]), Integer.getInteger("docs", 5000) / 2));
        english.addAll(texts(Path.of(args[3]), Integer.getInteger("docs", 5000) / 2));
        List<String> reutersAll = texts(Path.of(args[2]), Integer.getInteger("docs", 5000));

        long heapBefore = usedHeap();
        long loadStart = System.nanoTime();
        Function<String, String> detector = detector(mode);
        detector.apply("warm up the models with a sentence in English");
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long heapModels = usedHeap() - heapBefore;

        int devShortRight = 0, devShort = 0, devLongRight = 0, devLong = 0;
        List<String> wrong = new ArrayList<>();
        for (Labelled l : dev) {
            String got = detector.apply(l.text);
            boolean right = l.lang.equals(got);
            if (l.isShort) {
                devShort++;
                devShortRight += right ? 1 : 0;
            } else {
                devLong++;
                devLongRight += right ? 1 : 0;
            }
            if (!right) {
                wrong.add(l.lang + "->" + got + " \"" + l.text.substring(0, Math.min(40, l.text.length())) + "\"");
            }
        }
        int enLongRight = 0, enShortRight = 0, enShort = 0, enOther = 0;
        for (String t : english) {
            String got = detector.apply(t);
            enLongRight += "en".equals(got) ? 1 : 0;
            enOther += got != null && !got.equals("en") ? 1 : 0; // a wrong language, not just "unknown"
            String first = firstSentence(t);
            if (first.length() >= 20) {
                enShort++;
                enShortRight += "en".equals(detector.apply(first)) ? 1 : 0;
            }
        }
        // speed: every Reuters text twice, the second pass timed
        long bytes = 0;
        for (String t : reutersAll) {
            detector.apply(t);
        }
        long start = System.nanoTime();
        for (String t : reutersAll) {
            detector.apply(t);
            bytes += t.length();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-10s %6d %6d/%-3d %6d/%-3d %6d/%-5d %6d/%-5d %8d %9.0f %7.2f %9.1f %7.0f%n",
                mode, reutersAll.size(), devShortRight, devShort, devLongRight, devLong, enShortRight, enShort, enLongRight,
                english.size(), enOther, reutersAll.size() / seconds, bytes / seconds / 1e6, loadSeconds, heapModels / 1e6);
        if (System.getenv("LANG_BENCH_WRONG") != null) {
            wrong.forEach(w -> System.out.println("  wrong: " + w));
        }
    }

    static Function<String, String> detector(String mode) {
        if (mode.equals("lede")) {
            LanguageGuess guess = new LanguageGuess();
            return text -> guess.detect(text).lang();
        }
        if (mode.equals("optimaize")) {
            LanguageGuess guess = new LanguageGuess();
            return guess::detectorOnly;
        }
        com.github.pemistahl.lingua.api.Language[] languages = {
                com.github.pemistahl.lingua.api.Language.ENGLISH, com.github.pemistahl.lingua.api.Language.RUSSIAN,
                com.github.pemistahl.lingua.api.Language.UKRAINIAN, com.github.pemistahl.lingua.api.Language.BELARUSIAN,
                com.github.pemistahl.lingua.api.Language.POLISH, com.github.pemistahl.lingua.api.Language.CZECH,
                com.github.pemistahl.lingua.api.Language.GERMAN, com.github.pemistahl.lingua.api.Language.FRENCH,
                com.github.pemistahl.lingua.api.Language.SPANISH, com.github.pemistahl.lingua.api.Language.ITALIAN,
                com.github.pemistahl.lingua.api.Language.PORTUGUESE, com.github.pemistahl.lingua.api.Language.DUTCH,
                com.github.pemistahl.lingua.api.Language.ROMANIAN, com.github.pemistahl.lingua.api.Language.TURKISH,
                com.github.pemistahl.lingua.api.Language.ARABIC};
        var builder = com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromLanguages(languages)
                .withPreloadedLanguageModels();
        if (mode.equals("lingua-low")) {
            builder = builder.withLowAccuracyMode();
        }
        var lingua = builder.build();
        return text -> {
            String sample = text.length() > 1000 ? text.substring(0, 1000) : text;
            var lang = lingua.detectLanguageOf(sample);
            return lang == com.github.pemistahl.lingua.api.Language.UNKNOWN ? null
                    : lang.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        };
    }

    static List<String> texts(Path ndjson, int max) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(ndjson)) {
            String line;
            while ((line = in.readLine()) != null && texts.size() < max) {
                JsonNode text = mapper.readTree(line).get("text");
                if (text != null && text.asText().strip().length() >= 200) {
                    texts.add(text.asText());
                }
            }
        }
        return texts;
    }

    static String firstSentence(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        int end = t.indexOf(". ");
        return end < 0 ? t : t.substring(0, end + 1);
    }

    static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
