package lede.extract;

import lede.extract.QuantityFinder.Found;
import lede.extract.TextTokens.Token;

import java.math.BigDecimal;
import java.util.List;

/**
 * Ranges and alternatives between two numbers: "between 800 and 1,000 troops" (the bare low end takes the unit of
 * the high end), "2.2 to 2.5 billion dlrs" (and its scale), "70 or 80,000 victims" (and its thousands),
 * "aged 5 to 11" (both ages).
 */
final class Ranges {
    private Ranges() {
    }

    static void shareUnits(List<Token> tokens, List<Found> found) {
        for (int n = 0; n + 1 < found.size(); n++) {
            Found low = found.get(n);
            Found high = found.get(n + 1);
            if (low.kind == null || high.kind == null || high.firstToken - low.lastToken - 1 != 1) {
                continue;
            }
            Token connector = tokens.get(low.lastToken + 1);
            if (!(connector.is("and") || connector.is("to") || connector.is("-") || connector.is("–")
                    || connector.is("or"))) {
                continue;
            }
            if ("AGE".equals(low.kind) && high.bare && high.number.compareTo(low.number) > 0) {
                high.kind = "AGE"; // "aged 5 to 11"
                high.unit = low.unit;
                high.bare = false;
                continue;
            }
            if (!low.bare || high.bare) {
                continue;
            }
            Token lowToken = tokens.get(low.firstToken);
            if (lowToken.number() && lowToken.text().matches("(18|19|20)\\d\\d")) {
                continue; // "in 1987 to 14 mln dlrs in 1991"
            }
            BigDecimal lowNumber = low.number;
            if (high.hasScale && !low.hasScale) {
                // "2.2 to 2.5 billion dlrs": the low end is in billions too
                Long scale = NumberReader.SCALE.get(tokens.get(high.numberEnd).lower());
                if (scale != null) {
                    lowNumber = lowNumber.multiply(BigDecimal.valueOf(scale));
                }
            } else if (thousandsLeftOff(lowToken, tokens.get(high.numberEnd), low.number, high.number)) {
                lowNumber = lowNumber.multiply(BigDecimal.valueOf(1000)); // "70 or 80,000 victims"
            }
            if (lowNumber.compareTo(high.number) > 0) {
                continue; // "120,000 or 2.8 pct" is no range
            }
            low.kind = high.kind;
            low.unit = high.unit;
            low.factor = high.factor;
            low.bare = false;
            low.number = lowNumber;
            boolean between = low.firstToken > 0 && tokens.get(low.firstToken - 1).is("between");
            if (low.approx == null) {
                low.approx = "range_from";
                if (between) {
                    low.approxStart = tokens.get(low.firstToken - 1).start();
                }
            }
            if (high.approx == null) {
                high.approx = "range_to";
            }
        }
    }

    /**
     * "19.17 billion stg vs 17.05 billion", "733,000 tonnes, up from 725,000", "2.28 dlrs for wheat, 1.92 for corn":
     * a bare number compared with the quantity just before it, in the same sentence, is in the same unit.
     */
    static void shareComparedUnits(List<Token> tokens, List<Found> found) {
        for (int n = 1; n < found.size(); n++) {
            Found f = found.get(n);
            if (!f.bare || f.unit != null || f.approx != null) {
                continue;
            }
            Found earlier = found.get(n - 1);
            boolean large = f.number.compareTo(BigDecimal.valueOf(1000)) >= 0;
            if ("PERCENT".equals(earlier.kind) && large && n >= 2) {
                earlier = found.get(n - 2); // "726,700 shares, or 9.5 pct, from 474,900": shares, not percent
            }
            if (earlier.kind == null || earlier.unit == null || ("PERCENT".equals(earlier.kind) && large)
                    || f.firstToken - earlier.lastToken > 16 || !comparison(tokens, earlier.lastToken, f.firstToken)) {
                continue;
            }
            f.kind = earlier.kind;
            f.unit = earlier.unit;
            f.factor = earlier.factor;
            f.bare = false;
        }
    }

    /** Between the two: "vs", "from", "against", "compared with", or "for X, N for"; no sentence end. */
    private static boolean comparison(List<Token> tokens, int after, int before) {
        for (int k = after + 1; k < before; k++) {
            String t = tokens.get(k).text();
            if (t.equals(".") && !tokens.get(k - 1).is("vs") || t.equals(";") || t.equals("!") || t.equals("?")) {
                return false;
            }
        }
        Token p = tokens.get(before - 1);
        if (p.is(".") && before >= 2) {
            p = tokens.get(before - 2); // "vs."
        }
        if (p.is("vs") || p.is("versus") || p.is("from") || p.is("against")) {
            return true;
        }
        if ((p.is("with") || p.is("to")) && before >= 2 && tokens.get(before - 2).is("compared")) {
            return true;
        }
        // "2.28 dlrs for wheat, 1.92 for corn": a list of figures with what each is for
        return p.is(",") && before + 1 < tokens.size() && tokens.get(before + 1).is("for")
                && tokens.get(after + 1).is("for");
    }

    /** "70 or 80,000": a plain low end under 1,000 before a high end in whole thousands it reaches when scaled. */
    private static boolean thousandsLeftOff(Token lowToken, Token highToken, BigDecimal low, BigDecimal high) {
        if (!NumberReader.plainDigits(lowToken) || lowToken.text().length() > 3 || !highToken.text().endsWith(",000")) {
            return false;
        }
        BigDecimal scaled = low.multiply(BigDecimal.valueOf(1000));
        return scaled.compareTo(high) <= 0 && scaled.multiply(BigDecimal.TEN).compareTo(high) >= 0;
    }
}
