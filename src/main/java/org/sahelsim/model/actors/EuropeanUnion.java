package org.sahelsim.model.actors;

import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.ForceParams;

/**
 * The EU training mission (EUTM). Its trainers do not fight ({@code engagement} 0); while they are
 * in Mali, FAMa's quality closes {@code mobility} of its gap to the trainers' {@code quality} each
 * month ("trained more than 20,000 FAMa").
 */
public final class EuropeanUnion extends ForeignForce {
    private static final long serialVersionUID = 1L;

    public EuropeanUnion(ForceParams params) {
        super(Force.EU, params);
    }

    @Override
    public void decide(WorldState w, Week week) {
        super.decide(w, week);
        if (w.strength[force.ordinal()] <= 0) return;
        int fama = Force.FAMA.ordinal();
        w.quality[fama] += params.mobility() * (params.quality() - w.quality[fama]) * Math.min(1, w.strength[force.ordinal()] / Math.max(1, params.strength()));
    }
}
