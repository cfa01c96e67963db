package lede.stats;

/** The counts of one word or phrase: occurrences, documents, and its surface forms. */
final class WordCount implements java.io.Serializable {
    final String key;
    final Forms forms = new Forms();
    long count;
    long documents;
    private long lastDocument = -1;

    WordCount(String key) {
        this.key = key;
    }

    /** One occurrence in document number {@code document} (documents are numbered in input order). */
    void add(String form, long document) {
        count++;
        forms.add(form);
        if (document != lastDocument) {
            lastDocument = document;
            documents++;
        }
    }

    /**
     * Adds the counts of {@code later}, the same key counted over later documents, whose numbers start at
     * {@code offset} in this count's numbering.
     */
    void merge(WordCount later, long offset) {
        count += later.count;
        documents += later.documents;
        forms.addAll(later.forms);
        if (later.lastDocument >= 0) {
            lastDocument = later.lastDocument + offset;
        }
    }
}
