package lede.extract;

/**
 * One named-entity mention.
 *
 * @param text      the words as they stand in the text
 * @param type      PERSON, ORGANIZATION, LOCATION, MISC or a finer type (CITY, COUNTRY, NATIONALITY, ...)
 * @param canonical the one name for this real-world entity (full name, alias-table spelling)
 * @param begin     UTF-16 offset of the first character in the document text
 * @param end       UTF-16 offset after the last character
 * @param sentence  index of the sentence it stands in
 */
public record Entity(String text, String type, String canonical, int begin, int end, int sentence) {
}
