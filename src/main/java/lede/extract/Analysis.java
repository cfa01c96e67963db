package lede.extract;

/** CoreNLP work an output needs beyond tokens and sentences; the pipeline loads only the union. */
public enum Analysis {
    /** Part-of-speech tags and lemmas. */
    POS,
    /** Named entities from the CRF models (PERSON, ORGANIZATION, LOCATION, MISC). */
    NAMES,
    /** CoreNLP's rule-based numbers, money, percentages and SUTime dates (needs POS). */
    NUMBERS_AND_DATES
}
