package lede.ingest;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an element's class and id names (and a custom element's tag name, such as {@code amp-ad}) say about it:
 * page furniture ({@code share-buttons}, {@code comment-list}, {@code AdUnit}) or article text
 * ({@code entry-content}, {@code articleBody}). Names are split into whole words on {@code - _ :}, digits and
 * camelCase, so {@code header} and {@code loader} do not match {@code ad}. A furniture word
 * followed by a layout word in the same name ({@code elementor-widget-wrap}, {@code l-sidebar-fixed},
 * {@code Page-ad-margins}) names a layout box that holds whatever the page puts in it, not furniture.
 */
final class HtmlClassWords {
    private HtmlClassWords() {
    }

    /** Words of class and id names that mark page furniture. */
    private static final Set<String> FURNITURE = Set.of(
            "nav", "navbar", "navigation", "menu", "footer", "sidebar", "share", "sharing", "social", "comment",
            "comments", "related", "advert", "advertisement", "ad", "ads", "promo", "cookie", "cookies", "consent",
            "newsletter", "subscribe", "signup", "breadcrumb", "breadcrumbs", "masthead", "widget", "popup", "modal",
            "caption", "byline", "author", "bio", "meta", "tags", "toolbar", "paywall", "banner", "sponsor",
            "sponsored", "trending", "popular", "recommended", "outbrain", "taboola", "skip", "print");
    /** Words of class and id names that mark the article's text. */
    private static final Set<String> ARTICLE = Set.of(
            "article", "body", "content", "entry", "hentry", "main", "post", "story", "text", "blog");
    /** Words that make a name a layout box: a furniture word before one of these names no furniture. */
    private static final Set<String> LAYOUT = Set.of(
            "wrap", "wrapper", "container", "inner", "outer", "layout", "fixed", "margin", "margins", "column",
            "columns", "col", "row", "grid", "holder", "frame", "populated");

    /** Whether the element's class, id or custom tag name marks it as page furniture. */
    static boolean isFurniture(Element e) {
        for (String name : names(e)) {
            if (furnitureName(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A factor for an element's text score: 0.5 for furniture names (a guess, so never zero: a layout box that
     * is misnamed can still win on its text), 1.5 for microdata's {@code articleBody}, 1.25 for article names.
     */
    static double factor(Element e) {
        if (isFurniture(e)) {
            return 0.5;
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return 1.5;
        }
        for (String name : names(e)) {
            for (String word : words(name)) {
                if (ARTICLE.contains(word)) {
                    return 1.25;
                }
            }
        }
        return 1;
    }

    private static boolean furnitureName(String name) {
        List<String> words = words(name);
        for (int i = 0; i < words.size(); i++) {
            if (FURNITURE.contains(words.get(i))) {
                for (int j = i + 1; j < words.size(); j++) {
                    if (LAYOUT.contains(words.get(j))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The class names, the id, and the tag name when it is a custom element ({@code amp-ad}). */
    private static List<String> names(Element e) {
        List<String> names = new ArrayList<>();
        for (String c : e.className().split("\\s+")) {
            if (!c.isEmpty()) {
                names.add(c);
            }
        }
        if (!e.id().isBlank()) {
            names.add(e.id().strip());
        }
        if (e.normalName().indexOf('-') > 0) {
            names.add(e.normalName());
        }
        return names;
    }

    /** One name split into lower-case words: {@code PageLayout_withSidebar__k9} gives page, layout, with, sidebar, k. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = Character.isLetter(c);
            boolean camelBreak = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1));
            if (!letter || camelBreak) {
                flush(word, words);
            }
            if (letter) {
                word.append(Character.toLowerCase(c));
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
