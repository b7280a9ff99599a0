package org.sahelsim.model.actors;

import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.ForceParams;

/**
 * The junta and FAMa. Each month it deploys FAMa by its priorities (Bamako, the towns, the roads,
 * the threat), keeps out of a neighbour's no-go zone, commits a share of its forces to an
 * offensive when it has ordered one, and escorts fuel convoys once losses on the roads pass its
 * trigger. Each week FAMa takes in recruits ({@code recruitment} × strength) while the security budget is in
 * credit.
 */
public final class Junta extends ArmedActor {
    private static final long serialVersionUID = 1L;

    private final double escortTrigger;

    public Junta(ForceParams params, double escortTrigger) {
        super(Force.FAMA, params);
        this.escortTrigger = escortTrigger;
    }

    @Override
    public void decide(WorldState w, Week week) {
        super.decide(w, week);
        w.offensive.commit(w, force, week.tick());
        boolean escort = w.fuel.recentLossShare() > escortTrigger;
        if (escort != w.escortConvoys) {
            w.escortConvoys = escort;
            week.log("policy", "", List.of("state"), escort
                    ? "The junta puts army escorts on fuel convoys after heavy losses on the roads"
                    : "The junta stops escorting fuel convoys as the roads calm");
        }
    }

    @Override
    protected boolean[] mask(WorldState w) {
        return w.stateMayOperate;
    }

    @Override
    public void recruit(WorldState w) {
        // Recruits must be paid: the army grows only while the security budget is in credit.
        if (w.treasuryUsd < 0) return;
        double intake = w.strength[force.ordinal()] * params.recruitment();
        if (intake <= 0) return;
        w.scaleForce(force, w.strength[force.ordinal()] + intake);
    }
}
