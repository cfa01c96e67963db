package lede.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The main text of a parsed page, as paragraphs separated by blank lines: what cannot be text goes first
 * (scripts, styles, controls), then page furniture by tag or role (navigation, header, footer, aside, form,
 * figure) unless it holds most of the page's text, then {@link HtmlCandidates} picks the article's elements,
 * and furniture inside them goes by class and id ({@link HtmlClassWords}) or by being mostly links, unless it
 * holds most of the article's text. Nothing that holds most of the text is ever removed by a name: a site
 * that wraps its whole page in a {@code <form>} or its article in a box named "sidebar" keeps its text.
 */
final class HtmlMainText {
    private HtmlMainText() {
    }

    /** The text, and a warning when it is tiny next to the page's own text (the article was probably missed). */
    record Result(String text, String warning) {
    }

    /** Never visible as text. */
    private static final String INVISIBLE = "script, style, noscript, template, iframe, svg, button, select, input, "
            + "textarea, object, embed, canvas";
    /** Page furniture by its tag or role. */
    private static final String FURNITURE_TAGS = "nav, header, footer, aside, form, figure, figcaption, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";
    /** Boxes that are removed from the article when most of their text is links (lists of related stories). */
    private static final Set<String> LINK_BOXES = Set.of("ul", "ol", "div", "section", "table", "dl");
    /** A page with this much text whose extracted text is under a tenth of it gets a warning. */
    static final int WARN_PAGE_CHARS = 1000;

    static Result extract(Document doc, List<String> titles) {
        Element body = doc.body();
        doc.select(INVISIBLE).remove();
        HtmlLengths page = new HtmlLengths(body);
        int pageChars = page.text(body);
        for (Element e : body.select(FURNITURE_TAGS)) {
            if (e != body && page.text(e) * 2 < pageChars) {
                e.remove();
            }
        }
        StringBuilder text = new StringBuilder();
        for (Element root : HtmlCandidates.choose(body)) {
            removeFurniture(root);
            render(root, text);
        }
        String out = withoutHeadline(text.toString(), titles);
        int outChars = TextChars.normalizeLine(out).length();
        String warning = null;
        if (pageChars >= WARN_PAGE_CHARS && outChars * 10 < pageChars) {
            warning = "little main text found in the HTML page (" + outChars + " of its " + pageChars
                    + " characters); the article may be missing";
        }
        return new Result(out, warning);
    }

    /** Removes headlines, furniture by class or id, and link lists inside the article, but never most of its text. */
    private static void removeFurniture(Element root) {
        HtmlLengths lengths = new HtmlLengths(root);
        int rootChars = lengths.text(root);
        ArrayDeque<Element> stack = new ArrayDeque<>(root.children());
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            if (e.normalName().equals("h1")) {
                e.remove();
                continue;
            }
            boolean minor = lengths.text(e) * 2 < rootChars;
            boolean linkBox = LINK_BOXES.contains(e.normalName()) && lengths.linkDensity(e) > 0.5;
            if (minor && (HtmlClassWords.isFurniture(e) || linkBox)) {
                e.remove();
            } else {
                stack.addAll(e.children());
            }
        }
    }

    /** Appends the element's text: blocks become paragraphs, {@code <br>} a line break. */
    private static void render(Element root, StringBuilder text) {
        text.append("\n\n");
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        text.append('\n');
                    } else if (HtmlCandidates.BLOCKS.contains(e.normalName())) {
                        text.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && HtmlCandidates.BLOCKS.contains(e.normalName())) {
                    text.append("\n\n");
                }
            }
        });
    }

    /**
     * The text without its first line when that is the headline again (in an {@code <h2>} or a styled
     * line): a line of 15 characters or more that one of the page's titles holds.
     */
    private static String withoutHeadline(String text, List<String> titles) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        String first = TextChars.normalizeLine(end < 0 ? stripped : stripped.substring(0, end)).toLowerCase(Locale.ROOT);
        for (String title : titles) {
            if (first.length() >= 15 && TextChars.normalizeLine(title).toLowerCase(Locale.ROOT).contains(first)) {
                return end < 0 ? "" : stripped.substring(end);
            }
        }
        return text;
    }
}
