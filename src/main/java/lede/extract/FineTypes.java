package lede.extract;

/** Where entity types finer than PERSON/ORGANIZATION/LOCATION/MISC come from. */
public enum FineTypes {
    /** Places and nationalities looked up in CoreNLP's own fine-grained lists, over the CRF's mentions. */
    LOOKUP,
    /** CoreNLP's full fine-grained step (TokensRegex over every token, so much slower; scripts/bench/README.md). */
    CORENLP,
    /** The CRF's types only. */
    NONE
}
