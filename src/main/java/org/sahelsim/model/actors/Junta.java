package org.sahelsim.model.actors;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.operations.Planner;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.ForceParams;

/**
 * The junta and FAMa. Each month it deploys FAMa by its priorities (Bamako, the towns, the roads,
 * the threat), keeps out of a neighbour's no-go zone and commits a share of its forces to an
 * offensive when it has ordered one (its escorts for fuel convoys are a strategic decision,
 * {@link ConvoyEscorts}). Each week FAMa takes in recruits ({@code recruitment} × strength) while the security budget is in
 * credit.
 */
public final class Junta extends ArmedActor {
    private static final long serialVersionUID = 1L;

    private final Planner planner;

    public Junta(ForceParams params, Planner planner) {
        super(Force.FAMA, params);
        this.planner = planner;
    }

    @Override
    public void decide(WorldState w, Week week) {
        super.decide(w, week);
        w.intentions.review(w, week);
        planner.plan(w, week, Side.STATE, usable(w));
    }

    private static List<Force> usable(WorldState w) {
        List<Force> usable = new ArrayList<>(List.of(Force.FAMA, Force.AES));
        if (w.russiaContract && !w.russiaSuspended) usable.add(Force.RUSSIA);
        return usable;
    }

    @Override
    public List<MenuItem> operations(WorldState w, Week week, ec.util.MersenneTwisterFast random) {
        return planner.menuItems(w, week, Side.STATE, usable(w), random);
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
        w.addToField(force, intake);
        w.troops.recruited[force.ordinal()] += intake;
    }
}
