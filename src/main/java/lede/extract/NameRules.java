package lede.extract;

import lede.io.LedeException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pure rules about a name's text: what part of a mention is the name, which mentions are no names, the
 * spelling a name is shown in, and the key under which spellings of one name meet. No CoreNLP here: each rule
 * is a function of the text (and type group), so it can be tested alone. Word lists: names.txt.
 */
public final class NameRules {
    private static final String RESOURCE = "/lede/extract/names.txt";
    private static final Map<String, List<String>> SECTIONS = load();
    static final Set<String> PERSON_TITLES = words("person-titles");
    static final Set<String> GENERIC_ORGANIZATIONS = words("generic-organizations");
    static final Set<String> PLACE_SUFFIXES = words("place-suffixes");
    static final Set<String> ABBREVIATIONS = words("abbreviations");

    /** A full stop glued to the next sentence: "Merkel.It", "Blinken.Lavrov" (two lower-case letters before). */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}\\p{Ll})\\.(?=\\p{Lu})");
    /** Characters that are never part of a name: brackets and quotation marks ("Vladimir] Putin"). */
    private static final Pattern NOT_NAME_CHARS = Pattern.compile("[\\[\\](){}<>\"“”„«»*|]");
    /** Transliterations of the -sky ending: Zelenskyy, Zelenskiy, Zelenskyi, Zelenskii, Zelenski. */
    private static final Pattern SKY = Pattern.compile("sk(?:yy|iy|yi|ii|i)$");
    /** Other -y endings: Zaluzhnyi, Zaluzhniy, Zaluzhnyy -> zaluzhny. */
    private static final Pattern Y_ENDING = Pattern.compile("(?<=\\p{L}{3})(?:yi|iy|yy|ii)$");

    private NameRules() {
    }

    /**
     * The part of a mention that is the name, as {from, to} offsets into {@code text}, or null when nothing
     * is left: the text up to a full stop glued to the next sentence, without a trailing full stop (unless
     * it ends an abbreviation: "U.S.", "Jr."), without brackets at either end, and for a PERSON without the
     * title words in front ("Gauleiter Kyrylo Stremousov" -> "Kyrylo Stremousov").
     */
    public static int[] nameSpan(String text, String group) {
        int from = 0;
        int to = text.length();
        Matcher glued = GLUED.matcher(text);
        if (glued.find()) {
            to = glued.start();
        }
        boolean changed = true;
        while (changed && to > from) {
            changed = false;
            char last = text.charAt(to - 1);
            if (last == '.' && !endsAbbreviation(text.substring(from, to))
                    && !(group.equals(TypeGroups.ORGANIZATION) && shortLastWord(text.substring(from, to)))) {
                to--;
                changed = true;
            } else if (isEdgePunctuation(last) || Character.isWhitespace(last) || last == ',') {
                to--;
                changed = true;
            }
            if (to > from && (isEdgePunctuation(text.charAt(from)) || Character.isWhitespace(text.charAt(from)))) {
                from++;
                changed = true;
            }
        }
        if (group.equals(TypeGroups.PERSON)) {
            from = afterTitles(text, from, to);
        }
        return to > from ? new int[]{from, to} : null;
    }

    private static boolean isEdgePunctuation(char c) {
        return NOT_NAME_CHARS.matcher(String.valueOf(c)).matches() || c == '\'' || c == '‘' || c == '’';
    }

    /** "U.S.", "D.C.", "Jr.", "Corp." and the like keep their full stop; "Kramatorsk." does not. */
    private static boolean endsAbbreviation(String name) {
        String word = name.substring(name.lastIndexOf(' ') + 1, name.length() - 1);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 || word.indexOf('.') >= 0) {
            return true;
        }
        return TitleWords.ABBREVIATIONS.contains(word) || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A company's last word of four letters or less keeps its stop: "Bhd.", "Pte.", "Tbk." as the tokenizer kept it. */
    private static boolean shortLastWord(String name) {
        return letters(name.substring(name.lastIndexOf(' ') + 1)) <= 4;
    }

    private static int afterTitles(String text, int from, int to) {
        int start = from;
        while (true) {
            int space = text.indexOf(' ', start);
            if (space < 0 || space >= to) {
                return start;
            }
            String word = text.substring(start, space).toLowerCase(Locale.ROOT);
            int next = space + 1;
            if (!PERSON_TITLES.contains(word) || next >= to || !Character.isUpperCase(text.charAt(next))) {
                return start;
            }
            start = next;
        }
    }

    /**
     * Whether a mention is no name at all: a generic word alone as an ORGANIZATION ("State" from "Secretary
     * of State", "Defense", "Institute"), or a run of three or more place names that a map legend leaves
     * ("Dubasari Iasi Chisinau Tiraspol"), which {@code isPlace} says of each word.
     */
    public static boolean isJunk(String name, String group, java.util.function.Predicate<String> isPlace) {
        String[] words = name.split(" ");
        if (words.length == 1) {
            return group.equals(TypeGroups.ORGANIZATION) && GENERIC_ORGANIZATIONS.contains(name.toLowerCase(Locale.ROOT));
        }
        if (words.length < 3) {
            return false;
        }
        int places = 0;
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
            if (isPlace.test(word)) {
                places++;
            }
        }
        return places * 2 > words.length;
    }

    /** STATE_OR_PROVINCE for a name that ends in Oblast, Region, Krai, Province and the like; else null. */
    public static String placeTypeBySuffix(String name) {
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return null;
        }
        return PLACE_SUFFIXES.contains(name.substring(space + 1).toLowerCase(Locale.ROOT)) ? "STATE_OR_PROVINCE" : null;
    }

    /**
     * The spelling a name is shown in: brackets and quotation marks taken out, white space collapsed, and a
     * name written all in capitals put in title case where capitals are no acronym: every PERSON, and words of
     * four or more letters in a name of several words ("JOHN KERRY" -> "John Kerry", "US ARMY" -> "US Army").
     * A single capitalised word of another type ("NATO", "KYIV") stays: the corpus pass merges it with its
     * usual spelling.
     */
    public static String display(String name, String group) {
        String clean = NOT_NAME_CHARS.matcher(name).replaceAll(" ").trim().replaceAll("\\s+", " ");
        if (clean.isEmpty() || !isAllCaps(clean)) {
            return clean;
        }
        String[] words = clean.split(" ");
        boolean person = group.equals(TypeGroups.PERSON);
        if (words.length == 1 && !person) {
            return clean;
        }
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(person || letters(word) >= 4 ? titleCase(word) : word);
        }
        return out.toString();
    }

    private static boolean isAllCaps(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    private static int letters(String word) {
        return (int) word.chars().filter(Character::isLetter).count();
    }

    /** "KERRY" -> "Kerry", "JEAN-CLAUDE" -> "Jean-Claude", "O'BRIEN" -> "O'Brien". */
    static String titleCase(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /**
     * The key under which spellings of one name meet: lower case, only letters and digits, words apart
     * ("U.S." and "US" -> "us", "Ivano-Frankivsk" -> "ivano frankivsk"), doubled letters single, the -sky
     * and -y endings of transliteration in one form (Zelenskyy, Zelenskiy -> zelensky; Zaluzhnyi -> zaluzhny)
     * and, for a PERSON of two or more words, the first name as its family's first spelling
     * (Alexander, Oleksandr -> aleksandr); British spellings the American way, and "X ministry" for
     * "ministry of X" (Ministry of Defence, Defense Ministry -> defense ministry); a company's Corp, Inc,
     * Ltd and the like left out; Oblast, Region and Province as one word.
     */
    public static String key(String name, String group) {
        String lower = name.toLowerCase(Locale.ROOT).replace("’", "").replace("'", "").replace(".", "");
        List<String> words = new ArrayList<>();
        for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(wordKey(word));
            }
        }
        if (group.equals(TypeGroups.PERSON) && words.size() >= 2) {
            words.set(0, firstNameKey(words.get(0)));
        } else if (words.size() >= 2 && COMPANY_SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        } else if (words.size() >= 2 && REGION_WORDS.contains(words.get(words.size() - 1))) {
            words.set(words.size() - 1, "region");
        }
        return MINISTRY_OF.matcher(String.join(" ", words)).replaceAll("$1$3 $2");
    }

    /** "ministry of defense" and "defense ministry" are one name; so are "department of state" and "state department". */
    private static final Pattern MINISTRY_OF = Pattern.compile("^(.*?)(ministry|department) of (?:the )?(.+)$");
    /** "Kherson Oblast" is the Kherson region. */
    private static final Set<String> REGION_WORDS = Set.of("oblast", "region", "province");
    /** "Chrysler Corp" is Chrysler. */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("corp", "corporation", "inc", "incorporated", "co",
            "ltd", "limited", "plc", "llc");
    /** Words an acronym leaves out: "Ministry of International Trade and Industry" is MITI. */
    private static final Set<String> ACRONYM_SKIPS = Set.of("of", "and", "the", "on", "for", "in", "&");

    /**
     * The acronym a name of several words would have: the first letters of its words, function words aside
     * ("General Agreement on Tariffs and Trade" -> "GATT"), or null when a word is not capitalised or fewer
     * than two letters are left.
     */
    public static String initials(String name) {
        String[] words = name.split("[\\s-]+");
        if (words.length < 2) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (ACRONYM_SKIPS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
                return null;
            }
            out.appendCodePoint(word.codePointAt(0));
        }
        return out.length() >= 2 ? out.toString() : null;
    }

    /** The letters of an acronym as written ("U.S." -> "US", "NATO" -> "NATO"), or null when it is none. */
    public static String acronym(String name) {
        String letters = name.replace(".", "");
        if (letters.length() < 2 || letters.length() > 6) {
            return null;
        }
        for (int i = 0; i < letters.length(); i++) {
            if (!Character.isUpperCase(letters.charAt(i))) {
                return null;
            }
        }
        return letters;
    }

    /** British spellings that the key writes the American way. */
    private static final Map<String, String> SPELLINGS = Map.of("defence", "defense", "organisation", "organization",
            "programme", "program", "centre", "center");
    /** Each spelling of a first name -> the family's first spelling. */
    private static final Map<String, String> FIRST_NAMES = families();

    private static String wordKey(String word) {
        word = SPELLINGS.getOrDefault(word, word);
        String single = collapseDoubles(word);
        String sky = SKY.matcher(single).replaceAll("sky");
        return sky.equals(single) ? Y_ENDING.matcher(single).replaceAll("y") : sky;
    }

    /** A first name's family key (its word key when it has no family). */
    static String firstNameKey(String wordKey) {
        return FIRST_NAMES.getOrDefault(wordKey, wordKey);
    }

    /**
     * Whether two first names (word keys) may name the same person beside one surname: one family, or one
     * edit apart (Vladamir/Vladimir, Anthony/Antony) when both have four letters or more, unless one ends in
     * "a" and the other does not (Alexandr/Alexandra name a man and a woman).
     */
    public static boolean sameFirstName(String a, String b) {
        String x = firstNameKey(a);
        String y = firstNameKey(b);
        if (x.equals(y)) {
            return true;
        }
        if (x.length() < 4 || y.length() < 4 || x.endsWith("a") != y.endsWith("a")) {
            return false;
        }
        return editDistanceAtMostOne(x, y);
    }

    static boolean editDistanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        if (longer.length() == shorter.length()) {
            return i >= shorter.length() || longer.substring(i + 1).equals(shorter.substring(i + 1));
        }
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Set<String> words(String section) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : section(section)) {
            words.addAll(List.of(line.toLowerCase(Locale.ROOT).split("\\s+")));
        }
        return Set.copyOf(words);
    }

    private static Map<String, String> families() {
        Map<String, String> byName = new HashMap<>();
        for (String line : section("first-name-families")) {
            String[] names = line.toLowerCase(Locale.ROOT).split("\\s+");
            for (String name : names) {
                byName.put(wordKey(name), wordKey(names[0]));
            }
        }
        return Map.copyOf(byName);
    }

    private static List<String> section(String name) {
        List<String> lines = SECTIONS.get(name);
        if (lines == null) {
            throw new IllegalStateException(RESOURCE + ": no section [" + name + "]");
        }
        return lines;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> sections = new HashMap<>();
        try (InputStream in = NameRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new LedeException(RESOURCE + " is missing from the jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new LedeException(RESOURCE + ": " + e.getMessage(), e);
        }
        return sections;
    }
}
