package org.sahelsim.classic.epstein;

import org.sahelsim.model.params.Bounds;
import org.sahelsim.model.params.Optional;

/**
 * Jail terms. An arrested citizen leaves the torus for a term drawn uniformly from the whole
 * numbers 0 to {@code maxTerm} (the paper's U(0, J_max)), then comes back, exactly as aggrieved
 * as before, onto an empty site near where it was arrested.
 *
 * @param maxTerm the longest term in ticks (J_max); absent or {@code null}: terms never end
 *                (the paper's J_max = ∞)
 * @param source  where the value comes from
 */
public record Jail(@Optional @Bounds(min = 0, max = 1_000_000) Integer maxTerm, String source) {

    /** Whether jailed citizens are ever released. */
    public boolean termsEnd() {
        return maxTerm != null;
    }
}
