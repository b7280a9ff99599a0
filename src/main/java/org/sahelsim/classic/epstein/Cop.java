package org.sahelsim.classic.epstein;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A cop of the central authority. Each tick it moves (rule M), then arrests one active citizen
 * within its vision, chosen at random (rule C).
 */
public final class Cop implements Steppable {
    private static final long serialVersionUID = 1L;

    int site;

    Cop(int site) {
        this.site = site;
    }

    @Override
    public void step(SimState state) {
        CivilViolence m = (CivilViolence) state;
        site = m.moveWithin(site, m.copSight());
        if (m.activeCount() == 0) return; // nobody to arrest anywhere: no need to look
        m.arrestSomeoneSeenFrom(site);
    }
}
