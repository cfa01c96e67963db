package lede.extract;

import lede.extract.TextTokens.Token;

import java.util.List;
import java.util.Map;

/**
 * Currencies written before the number: signs ("$2.2 billion", "US$ 14.20", "€2bn") and the agency styles that
 * put a name or code first ("dlrs 220 million", "Rs 900 crore", "Dh 2.5 billion", "USD 5 mln"). Currencies after
 * the number are units ({@link Units}).
 */
final class Currencies {
    /** The currency, the first token of the quantity and the token its number starts at. */
    record Before(String currency, int first, int numberAt) {
    }

    private static final Map<String, String> SIGNS = Map.of("$", "USD", "€", "EUR", "£", "GBP",
            "¥", "JPY", "₽", "RUB", "₴", "UAH", "₹", "INR");
    private static final Map<String, String> SIGN_PREFIXES = Map.of("us", "USD", "u.s.", "USD",
            "c", "CAD", "a", "AUD", "nz", "NZD", "hk", "HKD", "s", "SGD");
    /** Names and ISO codes written before digits; a full stop may follow ("Rs. 500"). */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("dlrs", "USD"), Map.entry("dlr", "USD"), Map.entry("usd", "USD"), Map.entry("eur", "EUR"),
            Map.entry("gbp", "GBP"), Map.entry("jpy", "JPY"), Map.entry("chf", "CHF"), Map.entry("cad", "CAD"),
            Map.entry("aud", "AUD"), Map.entry("inr", "INR"), Map.entry("rs", "INR"), Map.entry("dh", "AED"),
            Map.entry("dhs", "AED"), Map.entry("aed", "AED"), Map.entry("sar", "SAR"), Map.entry("rmb", "CNY"),
            Map.entry("cny", "CNY"), Map.entry("rub", "RUB"), Map.entry("uah", "UAH"), Map.entry("rp", "IDR"));

    private Currencies() {
    }

    static boolean isSign(Token t) {
        return SIGNS.containsKey(t.text());
    }

    /** The currency written at token i, before a number; null when there is none. */
    static Before at(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        int k = i + 1;
        if (SIGNS.containsKey(t.text())) {
            if (k >= tokens.size() || !(tokens.get(k).number() || NumberReader.SMALL.containsKey(tokens.get(k).lower()))) {
                return null;
            }
            String currency = SIGNS.get(t.text());
            if (i > 0 && NumberReader.glued(tokens.get(i - 1), t) && SIGN_PREFIXES.containsKey(tokens.get(i - 1).lower())) {
                return new Before("$".equals(t.text()) ? SIGN_PREFIXES.get(tokens.get(i - 1).lower()) : currency, i - 1, k);
            }
            return new Before(currency, i, k);
        }
        String currency = WORDS.get(t.lower());
        if (currency == null || (t.lower().length() <= 3 && !t.lower().startsWith("dl") && !t.capitalized())) {
            return null; // "rs", "dh" only as written, capitalised
        }
        if (k < tokens.size() && tokens.get(k).text().equals(".") && NumberReader.glued(t, tokens.get(k))) {
            k++;
        }
        if (k < tokens.size() && tokens.get(k).number()) {
            return new Before(currency, i, k);
        }
        return null;
    }
}
