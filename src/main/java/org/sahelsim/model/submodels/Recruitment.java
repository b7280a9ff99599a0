package org.sahelsim.model.submodels;

import java.util.List;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.actors.ArmedActor;

/**
 * Recruitment (ODD §7.2): after attitudes have moved, each force takes in its week's recruits
 * (insurgents where aggrieved supporters are near, the army while it can pay), and each force's
 * strength is recounted.
 */
public final class Recruitment extends Submodel {
    private static final long serialVersionUID = 1L;

    private final List<ArmedActor> actors;

    public Recruitment(List<ArmedActor> actors) {
        this.actors = List.copyOf(actors);
    }

    @Override
    public void step(WorldState w, Week week) {
        for (ArmedActor a : actors) a.recruit(w);
        w.recountMovedStrength();
    }
}
