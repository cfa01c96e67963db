package lede.ingest;

import java.util.ArrayList;
import java.util.List;

/** Rebuilds the paragraphs of normalized text: blank lines separate them, hard-wrapped lines are joined. */
final class ParagraphSplitter {
    private final int unwrapWidth;

    /** @param unwrapWidth lines no longer than this in a block are hard-wrapped text (0: never) */
    ParagraphSplitter(int unwrapWidth) {
        this.unwrapWidth = unwrapWidth;
    }

    /**
     * Splits normalized text into paragraphs at blank lines. Inside a block without blank lines, short lines
     * are hard-wrapped text and are joined (see the {@code unwrap} rule); otherwise each line is a paragraph.
     */
    List<String> split(String s) {
        List<String> paragraphs = new ArrayList<>();
        Block block = new Block();
        // one pass over the characters, in an array (String.charAt costs three times as much under C1): line
        // ends, the spaces around each line, and whether a line holds two spaces in a row to collapse
        char[] chars = s.toCharArray();
        int n = chars.length;
        int start = 0;
        while (start <= n) {
            int from = start;
            while (from < n && chars[from] == ' ') {
                from++;
            }
            int end = from;
            int lastChar = from; // the index after the line's last character that is not a space
            boolean doubleSpace = false;
            // two spaces in a row: told from the character before, not by reading ahead (end + 1), which made
            // C2's speculative range checks on this loop fail and recompile the method, 0.6-0.8 s each time
            boolean afterSpace = false;
            for (; end < n; end++) {
                char c = chars[end];
                if (c == '\n') {
                    break;
                }
                if (c != ' ') {
                    lastChar = end + 1;
                    afterSpace = false;
                } else {
                    doubleSpace |= afterSpace;
                    afterSpace = true;
                }
            }
            int to = Math.max(from, lastChar);
            if (from == to) {
                flushBlock(s, block, paragraphs);
            } else {
                // a run of spaces that only trails the line is not collapsed: it is not in the line
                block.add(from, to, from - start >= 2, doubleSpace && hasDoubleSpace(chars, from, to));
            }
            start = end + 1;
        }
        flushBlock(s, block, paragraphs);
        return paragraphs;
    }

    private static boolean hasDoubleSpace(char[] chars, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (chars[i] == ' ' && chars[i + 1] == ' ') {
                return true;
            }
        }
        return false;
    }

    /** The lines of one block, as ranges of the text: no substrings until paragraphs are known. */
    private static final class Block {
        int[] from = new int[16];
        int[] to = new int[16];
        boolean[] indented = new boolean[16];
        boolean[] doubleSpace = new boolean[16];
        int size;

        void add(int start, int end, boolean indent, boolean spaces) {
            if (size == from.length) {
                from = java.util.Arrays.copyOf(from, size * 2);
                to = java.util.Arrays.copyOf(to, size * 2);
                indented = java.util.Arrays.copyOf(indented, size * 2);
                doubleSpace = java.util.Arrays.copyOf(doubleSpace, size * 2);
            }
            from[size] = start;
            to[size] = end;
            indented[size] = indent;
            doubleSpace[size] = spaces;
            size++;
        }

        /** Line i's text, with runs of spaces collapsed when it has any. */
        String line(String s, int i) {
            return doubleSpace[i] ? TextChars.collapseSpaces(s, from[i], to[i]) : s.substring(from[i], to[i]);
        }
    }

    private void flushBlock(String s, Block block, List<String> paragraphs) {
        if (block.size == 0) {
            return;
        }
        if (block.size == 1 || !isHardWrapped(block)) {
            for (int i = 0; i < block.size; i++) {
                paragraphs.add(block.line(s, i));
            }
        } else {
            // joining substrings copies bytes wholesale; appending char by char costs more
            List<String> lines = new ArrayList<>(block.size);
            for (int i = 0; i < block.size; i++) {
                String line = block.line(s, i);
                if (i > 0 && (block.indented[i]
                        || ParagraphText.endsSentence(lines.get(lines.size() - 1)) && !Character.isLowerCase(line.charAt(0)))) {
                    paragraphs.add(String.join(" ", lines));
                    lines.clear();
                }
                lines.add(line);
            }
            paragraphs.add(String.join(" ", lines));
        }
        block.size = 0;
    }

    private boolean isHardWrapped(Block block) {
        if (unwrapWidth <= 0) {
            return false;
        }
        for (int i = 0; i < block.size; i++) {
            if (block.to[i] - block.from[i] > unwrapWidth) {
                return false;
            }
        }
        return true;
    }
}
