package lede.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

/**
 * One group of fields {@code extract} can add to a document ({@code --only NAME}). An output says which
 * CoreNLP analysis it needs and appends its field to the document from an {@link AnnotatedDocument}.
 * Implementations are stateless and thread-safe: one instance serves every worker thread.
 */
public interface ExtractOutput {
    /** The name used with {@code --only} and, by convention, the field it adds. */
    String name();

    Set<Analysis> needs();

    void addTo(ObjectNode document, AnnotatedDocument annotated);
}
