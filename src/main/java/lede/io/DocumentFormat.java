package lede.io;

/** The version of the document format described in the README; bump it when a field changes meaning. */
public final class DocumentFormat {
    public static final String VERSION = "2";

    private DocumentFormat() {
    }
}
