package lede.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text length of every element under a root, the part of it inside links, and whether the element is or
 * holds a block, measured in one pass: asking jsoup for each element's text costs its depth times more, which a
 * page nested hundreds deep turns into minutes. A snapshot: elements removed later keep their figures.
 */
final class HtmlLengths {
    /** Per element: text length, link text length, 1 when it is or holds a block. */
    private final Map<Element, int[]> lengths = new IdentityHashMap<>();

    HtmlLengths(Element root) {
        List<Element> order = new ArrayList<>();
        ArrayDeque<Element> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            order.add(e);
            for (Element child : e.children()) {
                stack.push(child);
            }
        }
        for (int i = order.size() - 1; i >= 0; i--) { // children before parents
            Element e = order.get(i);
            int[] len = new int[3];
            len[2] = HtmlCandidates.BLOCKS.contains(e.normalName()) ? 1 : 0;
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    len[0] += t.text().strip().length();
                } else if (child instanceof Element c) {
                    int[] sub = lengths.get(c);
                    len[0] += sub[0];
                    len[1] += c.normalName().equals("a") ? sub[0] : sub[1];
                    len[2] |= sub[2];
                }
            }
            lengths.put(e, len);
        }
    }

    /** Characters of text, spaces at the ends of text nodes not counted; 0 for an element not under the root. */
    int text(Element e) {
        int[] len = lengths.get(e);
        return len == null ? 0 : len[0];
    }

    /** The share of the element's text inside links, 0 when it has none. */
    double linkDensity(Element e) {
        int[] len = lengths.get(e);
        return len == null || len[0] == 0 ? 0 : (double) len[1] / len[0];
    }

    /** A block element, or an inline one that holds blocks (a link around a whole teaser). */
    boolean isBlock(Element e) {
        int[] len = lengths.get(e);
        return len != null && len[2] == 1;
    }
}
