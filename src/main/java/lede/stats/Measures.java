package lede.stats;

/** The association and keyness formulas, by name, so tests can check them against hand-worked values. */
public final class Measures {
    private static final double LN2 = Math.log(2);

    private Measures() {
    }

    public static double log2(double x) {
        return Math.log(x) / LN2;
    }

    /** logDice (Rychlý 2008): {@code 14 + log2(2 f(xy) / (f(x) + f(y)))}; at most 14. */
    public static double logDice(long joint, long countX, long countY) {
        return 14 + log2(2.0 * joint / ((double) countX + countY));
    }

    /** Pointwise mutual information {@code log2(O11 / E11)}, {@code E11 = R1 C1 / N}. */
    public static double mi(long o11, long r1, long c1, long n) {
        return log2((double) o11 * n / ((double) r1 * c1));
    }

    /**
     * Log-likelihood G² on a full 2×2 table, the 4-term form (Dunning 1993):
     * {@code 2 Σ O_ij ln(O_ij / E_ij)} over all four cells, {@code E_ij = R_i C_j / N}, and {@code 0 ln 0 = 0}.
     */
    public static double logLikelihood4(long o11, long o12, long o21, long o22) {
        double n = (double) o11 + o12 + o21 + o22;
        double r1 = (double) o11 + o12;
        double r2 = (double) o21 + o22;
        double c1 = (double) o11 + o21;
        double c2 = (double) o12 + o22;
        return 2 * (term(o11, r1 * c1 / n) + term(o12, r1 * c2 / n) + term(o21, r2 * c1 / n)
                + term(o22, r2 * c2 / n));
    }

    /**
     * Log-likelihood for keyness, the 2-term form of Rayson and Garside (2000) as in the UCREL log-likelihood
     * wizard: a word occurs {@code a} times in a corpus of {@code c} words and {@code b} times in one of
     * {@code d}; {@code E1 = c (a+b) / (c+d)}, {@code E2 = d (a+b) / (c+d)},
     * {@code LL = 2 (a ln(a/E1) + b ln(b/E2))}, with {@code 0 ln 0 = 0}.
     */
    public static double logLikelihood2(long a, long b, long c, long d) {
        double e1 = (double) c * (a + b) / ((double) c + d);
        double e2 = (double) d * (a + b) / ((double) c + d);
        return 2 * (term(a, e1) + term(b, e2));
    }

    /**
     * Log ratio (Hardie 2014): {@code log2((a/c) / (b/d))}, the binary log of the ratio of relative
     * frequencies; a zero frequency counts as 0.5 so the ratio stays finite.
     */
    public static double logRatio(long a, long b, long c, long d) {
        double x = a == 0 ? 0.5 : a;
        double y = b == 0 ? 0.5 : b;
        return log2((x / c) / (y / d));
    }

    private static double term(double observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }
}
