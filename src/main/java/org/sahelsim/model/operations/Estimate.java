package org.sahelsim.model.operations;

/**
 * What a side believes of a place's defenders after counting them: the posterior of the true
 * count, log-normal, given a count with a log-normal error of log-deviation {@code s} about the
 * truth and a log-normal prior of log-deviation {@code τ} about what the holder ordinarily keeps
 * there (ODD §7.9). In logs both are normal, so the posterior is the conjugate one: its mean is
 * the prior's mean moved toward the count by {@code k = τ² / (τ² + s²)}, its deviation
 * {@code s √k}. A side that chooses the best of many places, each scored on its own noisy count,
 * picks the places it undercounted most (the optimizer's curse, Smith and Winkler, Management
 * Science 52(3), 2006); scoring each on the posterior instead takes that out, as far as the prior
 * is right.
 *
 * @param median the posterior's median of the defenders
 * @param spread the posterior's deviation in logs
 */
public record Estimate(double median, double spread) {

    /**
     * The posterior of the defenders given {@code counted} (counted with log-deviation
     * {@code countSpread}) and the prior median {@code prior} with log-deviation
     * {@code priorSpread}. A count without error ({@code countSpread} 0) or an unknowable place
     * (an infinite prior spread) leaves the count as it is; no defenders counted or expected
     * leaves the count too (nothing to take logs of).
     */
    public static Estimate of(double counted, double countSpread, double prior, double priorSpread) {
        if (countSpread <= 0 || Double.isInfinite(priorSpread) || counted <= 0 || prior <= 0) return new Estimate(counted, countSpread);
        double k = weight(countSpread, priorSpread);
        double log = Math.log(prior) + k * (Math.log(counted) - Math.log(prior));
        return new Estimate(Math.exp(log), countSpread * Math.sqrt(k));
    }

    /** The weight {@code τ² / (τ² + s²)} the posterior gives the count over the prior. */
    public static double weight(double countSpread, double priorSpread) {
        double t2 = priorSpread * priorSpread;
        return t2 / (t2 + countSpread * countSpread);
    }
}
