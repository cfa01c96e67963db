package lede.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;

/**
 * An article read from an HTML page with jsoup: title, publication date, author, canonical URL and language
 * from the usual meta tags, and the main text without navigation, share widgets, comments and other page
 * furniture, as paragraphs separated by blank lines ({@link HtmlMainText}); {@code warning} is null unless
 * the main text is tiny next to the page's text.
 */
public record HtmlArticle(String title, String date, String author, String url, String lang, String text,
                          String warning) {

    private static final String[] TITLE = {
            "meta[property=og:title]", "meta[name=twitter:title]", "meta[name=title]", "meta[name=dc.title]"};
    private static final String[] DATE = {
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date]", "meta[name=dc.date.issued]",
            "meta[name=dcterms.created]", "meta[name=sailthru.date]", "meta[property=og:published_time]"};
    private static final String[] AUTHOR = {
            "meta[name=author]", "meta[property=article:author]", "meta[name=dc.creator]",
            "meta[name=byl]", "meta[name=sailthru.author]"};

    /**
     * Deeper elements than this are flattened into their ancestor at this depth (their text kept, in order).
     * jsoup matches a descendant selector ({@code article time}) by walking up from each element, so its work
     * grows with elements times depth: a page nested 100,000 deep took minutes. Real pages nest a few dozen.
     */
    static final int MAX_DEPTH = 256;

    public static HtmlArticle parse(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        limitDepth(doc, MAX_DEPTH);
        String title = firstContent(doc, TITLE);
        if (title == null && !doc.title().isBlank()) {
            title = doc.title();
        }
        Element h1 = doc.selectFirst("h1");
        if (title == null && h1 != null && !h1.text().isBlank()) {
            title = h1.text();
        }
        String date = firstContent(doc, DATE);
        if (date == null) {
            Element time = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
            date = time == null ? null : time.attr("datetime");
        }
        String author = firstContent(doc, AUTHOR);
        if (author == null) {
            Element byline = doc.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author]");
            author = byline == null || byline.text().isBlank() ? null : byline.text();
        }
        String url = attr(doc.selectFirst("link[rel=canonical]"), "href");
        if (url == null) {
            url = firstContent(doc, new String[]{"meta[property=og:url]"});
        }
        String lang = attr(doc.selectFirst("html[lang]"), "lang");
        List<String> titles = new ArrayList<>();
        if (title != null) {
            titles.add(title);
        }
        titles.add(doc.title());
        HtmlMainText.Result main = HtmlMainText.extract(doc, titles);
        return new HtmlArticle(title, date, author, url, lang, main.text(), main.warning());
    }

    /**
     * Replaces what lies under each element at depth {@code limit} by the text nodes it held, so no element
     * is deeper than {@code limit + 1}. Iterative: a deep page must not overflow the stack either.
     */
    static void limitDepth(Document doc, int limit) {
        java.util.ArrayDeque<Element> stack = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        stack.push(doc);
        depths.push(0);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            int depth = depths.pop();
            if (depth < limit) {
                for (Element child : e.children()) {
                    stack.push(child);
                    depths.push(depth + 1);
                }
            } else if (e.childrenSize() > 0) {
                java.util.List<Node> texts = new java.util.ArrayList<>();
                e.traverse(new NodeVisitor() {
                    @Override
                    public void head(Node node, int d) {
                        if (node instanceof TextNode t) {
                            texts.add(new TextNode(t.getWholeText()));
                        } else {
                            tail(node, d);
                        }
                    }

                    @Override
                    public void tail(Node node, int d) {
                        if (node != e && node instanceof Element block && HtmlCandidates.BLOCKS.contains(block.normalName())) {
                            texts.add(new TextNode(" ")); // words of separate blocks stay apart
                        }
                    }
                });
                e.empty();
                e.appendChildren(texts);
            }
        }
    }

    private static String firstContent(Document doc, String[] selectors) {
        for (String selector : selectors) {
            String content = attr(doc.selectFirst(selector), "content");
            if (content != null) {
                return content;
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String value = e.attr(name).strip();
        return value.isEmpty() ? null : value;
    }
}
