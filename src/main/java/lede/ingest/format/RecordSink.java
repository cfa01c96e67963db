package lede.ingest.format;

/** Where a format reader puts what it finds in one input, in order. */
public interface RecordSink {
    void add(RawRecord record);

    /** The input held nothing but white space (an empty file or stdin is no article). */
    void empty();

    /** The last line read so far, to say where a read error struck. */
    void lineReached(long line);
}
