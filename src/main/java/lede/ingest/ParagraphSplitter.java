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
        int n = s.length();
        int start = 0;
        while (start <= n) {
            int end = s.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int from = start;
            while (from < end && s.charAt(from) == ' ') {
                from++;
            }
            int to = end;
            while (to > from && s.charAt(to - 1) == ' ') {
                to--;
            }
            if (from == to) {
                flushBlock(s, block, paragraphs);
            } else {
                block.add(from, to, from - start >= 2);
            }
            start = end + 1;
        }
        flushBlock(s, block, paragraphs);
        return paragraphs;
    }

    /** The lines of one block, as ranges of the text: no substrings until paragraphs are known. */
    private static final class Block {
        int[] from = new int[16];
        int[] to = new int[16];
        boolean[] indented = new boolean[16];
        int size;

        void add(int start, int end, boolean indent) {
            if (size == from.length) {
                from = java.util.Arrays.copyOf(from, size * 2);
                to = java.util.Arrays.copyOf(to, size * 2);
                indented = java.util.Arrays.copyOf(indented, size * 2);
            }
            from[size] = start;
            to[size] = end;
            indented[size] = indent;
            size++;
        }
    }

    private void flushBlock(String s, Block block, List<String> paragraphs) {
        if (block.size == 0) {
            return;
        }
        if (block.size == 1 || !isHardWrapped(block)) {
            for (int i = 0; i < block.size; i++) {
                paragraphs.add(TextChars.collapseSpaces(s, block.from[i], block.to[i]));
            }
        } else {
            // joining substrings copies bytes wholesale; appending char by char costs more
            List<String> lines = new ArrayList<>(block.size);
            for (int i = 0; i < block.size; i++) {
                String line = TextChars.collapseSpaces(s, block.from[i], block.to[i]);
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
