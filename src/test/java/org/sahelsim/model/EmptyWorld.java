package org.sahelsim.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.world.Geography;

/** The scenario's world with nobody anywhere: no force in any cell, no garrison, no place held; for tests that place what they need. */
public final class EmptyWorld {
    private EmptyWorld() {
    }

    public static WorldState of(Scenario scenario, Geography geo) {
        WorldState w = Initialisation.world(scenario, geo, new MersenneTwisterFast(1));
        for (double[] p : w.presence) Arrays.fill(p, 0);
        for (double[] g : w.places.garrison) Arrays.fill(g, 0);
        Arrays.fill(w.places.holder, Places.NOBODY);
        return w;
    }
}
