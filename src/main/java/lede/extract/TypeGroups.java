package lede.extract;

import java.util.Set;

/** Entity types, and the coarse group each belongs to (what "the same type" means for merging names). */
final class TypeGroups {
    static final String PERSON = "PERSON";
    static final String ORGANIZATION = "ORGANIZATION";
    static final String LOCATION = "LOCATION";
    static final String MISC = "MISC";

    static final Set<String> PLACES = Set.of(LOCATION, "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    /** CoreNLP tags that are numbers, amounts or times, not names: never entities. */
    static final Set<String> NOT_NAMES = Set.of("O", "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "MONEY", "PERCENT");

    private TypeGroups() {
    }

    /** PERSON, ORGANIZATION, LOCATION (every place type) or MISC (everything else). */
    static String group(String type) {
        if (type.equals(PERSON) || type.equals(ORGANIZATION)) {
            return type;
        }
        return PLACES.contains(type) ? LOCATION : MISC;
    }
}
