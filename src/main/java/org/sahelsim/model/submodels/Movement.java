package org.sahelsim.model.submodels;

import java.util.List;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.actors.ArmedActor;

/** Movement (ODD §7.4): each week every force moves toward its plan as far as its mobility and fuel allow. */
public final class Movement extends Submodel {
    private static final long serialVersionUID = 1L;

    private final List<ArmedActor> actors;

    public Movement(List<ArmedActor> actors) {
        this.actors = List.copyOf(actors);
    }

    @Override
    public void step(WorldState w, Week week) {
        for (ArmedActor a : actors) a.move(w);
    }
}
