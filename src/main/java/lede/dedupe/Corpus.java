package lede.dedupe;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Iterator;

/**
 * Documents that can be read more than once, in the same order each time: dedupe signs every document in
 * a first pass and writes them in a later one, because which copy is kept is known only at the end.
 */
public interface Corpus {
    /** A fresh pass over all documents, from the first. */
    Pass open();

    /** One pass over the documents. */
    interface Pass extends Iterator<ObjectNode>, AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /** A pass over any iterator with a close action (e.g. a {@code lede.io.DocumentSource}). */
    static <T extends Iterator<ObjectNode> & AutoCloseable> Pass pass(T documents) {
        return new Pass() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public ObjectNode next() {
                return documents.next();
            }

            @Override
            public void close() throws IOException {
                try {
                    documents.close();
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
        };
    }
}
