package org.sahelsim.model.submodels;

import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.actors.ArmedActor;

/** Movement (ODD §7.4): each week every force moves toward its plan as far as its mobility and fuel allow. */
public final class Movement extends Submodel {
    private static final long serialVersionUID = 1L;

    private final List<ArmedActor> actors;
    private final Deployment deployment;
    /** The actors' forces, in the actors' order (one actor a force). */
    private final Force[] forces;

    public Movement(List<ArmedActor> actors, Deployment deployment) {
        this.actors = List.copyOf(actors);
        this.deployment = deployment;
        this.forces = new Force[actors.size()];
        for (int i = 0; i < forces.length; i++) {
            forces[i] = actors.get(i).force();
            for (int j = 0; j < i; j++) {
                if (forces[j] == forces[i]) throw new IllegalArgumentException("two actors move " + forces[i] + ": one actor a force");
            }
        }
    }

    /** Each force's step toward its plan, all in one move of the map (each force's own, as if moved alone). */
    @Override
    public void step(WorldState w, Week week) {
        double[] rates = new double[forces.length];
        for (int i = 0; i < forces.length; i++) rates[i] = actors.get(i).mobility(w);
        deployment.move(w, forces, rates);
    }
}
