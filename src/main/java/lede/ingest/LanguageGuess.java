package lede.ingest;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import com.optimaize.langdetect.text.UrlTextFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The language of a document: the feed's own field when it names one, else detected from the text with
 * Optimaize's n-gram detector (chosen over Lingua for size and speed: scripts/bench/README.md, "lang").
 * Only the languages news corpora usually hold are loaded: fewer profiles, fewer confusions, less memory.
 */
public final class LanguageGuess {
    /** ISO 639-1 codes of the languages the detector knows. */
    public static final List<String> LANGUAGES = List.of(
            "en", "ru", "uk", "be", "pl", "cs", "de", "fr", "es", "it", "pt", "nl", "ro", "tr", "ar");
    /** The prose check reads the text's start only: a long article says its language in its first few KB. */
    static final int SAMPLE_CHARS = 1000;
    /** The detector reads less (its time grows with the text): about 80 words are plenty for n-grams. */
    static final int DETECTOR_CHARS = 500;
    /** Below this probability the detector's best guess is not taken: lang stays null. */
    static final double MIN_CONFIDENCE = 0.5;
    /** Fewer letters than this are too few to tell a language by. */
    static final int MIN_LETTERS = 12;

    /** A document's language: {@code lang} null when unknown; {@code confidence} null when the feed said so. */
    public record Result(String lang, Double confidence, String from) {
    }

    // built on first use, one for all threads: the prose check decides most documents, and a run that never
    // asks the detector does not pay for reading the profiles
    // (its scores are Optimaize's detector's, computed with less work: NgramScores; immutable, so thread-safe)
    private static volatile NgramScores detector;

    /**
     * Optimaize's CommonTextObjectFactories.forDetectingOnLargeText, whose URL and e-mail filter (two regexes over
     * the text) runs only on a text holding "http" or "@": its patterns match nothing else.
     */
    static final TextObjectFactory TEXTS = new TextObjectFactoryBuilder().maxTextLength(10000)
            .withTextFilter(text -> {
                String s = text.toString();
                return s.indexOf('@') < 0 && !s.contains("http") ? s : UrlTextFilter.getInstance().filter(s);
            })
            .withTextFilter(RemoveMinorityScriptsTextFilter.forThreshold(0.3))
            .build();
    private final char[] sample = new char[SAMPLE_CHARS];

    /** One for each thread (its sample buffer); the detector is shared. */
    public LanguageGuess() {
    }

    private List<DetectedLanguage> probabilities(String sample) {
        return detector().probabilities(TEXTS.forText(sample));
    }

    static NgramScores detector() {
        NgramScores d = detector;
        if (d == null) {
            synchronized (LanguageGuess.class) {
                if (detector == null) {
                    try {
                        detector = new NgramScores(new LanguageProfileReader().read(LANGUAGES));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the language profiles", e);
                    }
                }
                d = detector;
            }
        }
        return d;
    }

    /**
     * The feed's language when {@code feedValue} names one ("en", "en-US", "en_GB", "eng", "English"), else the
     * text's detected language. Returns null for {@code feedValue} that names none: the caller warns.
     */
    public Result of(String feedValue, String text) {
        if (feedValue != null) {
            String code = isoCode(feedValue);
            return code == null ? null : new Result(code, null, "feed");
        }
        return detect(text);
    }

    /** The detected language of {@code text}; lang null when the text is too short, unclear or no prose. */
    public Result detect(String text) {
        // the sample as characters in an array, read by the letter count and the prose check without a copy
        // of the text as a string (the detector, which most documents never reach, gets its own)
        int end = sampleEnd(text, SAMPLE_CHARS);
        text.getChars(0, end, sample, 0);
        if (letters(sample, end) < MIN_LETTERS) {
            return new Result(null, null, "detected");
        }
        switch (Prose.of(sample, end)) {
            case ENGLISH:
                return new Result("en", null, "detected");
            case NONE:
                return new Result(null, null, "detected");
            default:
                break;
        }
        // the detector's sample is the start of the prose check's (both end before a space)
        List<DetectedLanguage> found = probabilities(text.substring(0, Math.min(end, sampleEnd(text, DETECTOR_CHARS))));
        if (found.isEmpty()) {
            return new Result(null, 0.0, "detected");
        }
        DetectedLanguage best = found.get(0);
        double confidence = Math.round(best.getProbability() * 1000) / 1000.0;
        String lang = best.getProbability() >= MIN_CONFIDENCE ? best.getLocale().getLanguage() : null;
        return new Result(lang, confidence, "detected");
    }

    /** The detector's own answer, without the prose check (scripts/bench/lang compares the two). */
    public String detectorOnly(String text) {
        String sample = sample(text, DETECTOR_CHARS);
        List<DetectedLanguage> found = probabilities(sample);
        return found.isEmpty() || found.get(0).getProbability() < MIN_CONFIDENCE ? null : found.get(0).getLocale().getLanguage();
    }

    /** The ISO 639-1 code a feed's language value names, or null. */
    static String isoCode(String value) {
        String v = value.strip().replace('_', '-');
        int cut = v.indexOf('-');
        String head = (cut < 0 ? v : v.substring(0, cut)).toLowerCase(Locale.ROOT);
        for (String iso : Locale.getISOLanguages()) {
            if (head.equals(iso)) {
                return iso;
            }
        }
        for (String iso : Locale.getISOLanguages()) {
            Locale locale = Locale.forLanguageTag(iso);
            if (head.length() == 3 && head.equals(locale.getISO3Language())
                    || head.equalsIgnoreCase(locale.getDisplayLanguage(Locale.ENGLISH))) {
                return iso;
            }
        }
        return null;
    }

    private static String sample(String text, int chars) {
        return text.substring(0, sampleEnd(text, chars));
    }

    /** Where a sample of at most {@code chars} characters of {@code text} ends: at a space when there is one. */
    private static int sampleEnd(String text, int chars) {
        if (text.length() <= chars) {
            return text.length();
        }
        int cut = text.lastIndexOf(' ', chars);
        return cut > 0 ? cut : chars;
    }

    private static int letters(char[] s, int end) {
        int n = 0;
        for (int i = 0; i < end && n < MIN_LETTERS; i++) {
            if (Character.isLetter(s[i])) {
                n++;
            }
        }
        return n;
    }
}
