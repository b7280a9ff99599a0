package org.sahelsim.model.actors;

import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.ForceParams;

/**
 * Russian forces (Wagner, then Africa Corps). Their priorities are the regime, the mines and
 * revenue rather than the countryside ("Russians lack the capacity to protect much more than
 * Bamako and mines in the south"). When Bamako falls {@code arrearsMonthsToSuspend} months
 * behind on the fee they suspend operations: they stay in Bamako and stop fighting, until paid.
 * They honour neighbours' constraints (Algeria's no-go zone).
 */
public final class RussianForces extends ArmedActor {
    private static final long serialVersionUID = 1L;

    private final double arrearsToSuspend;

    public RussianForces(ForceParams params, double arrearsToSuspend) {
        super(Force.RUSSIA, params);
        this.arrearsToSuspend = arrearsToSuspend;
    }

    @Override
    public void decide(WorldState w, Week week) {
        // Unpaid, they suspend operations; a contract that ends while they are suspended (talks that
        // exclude Russia) does not bring them back to the fight on their way out: only payment does.
        boolean suspend = (w.russiaContract || w.russiaSuspended) && w.strength[force.ordinal()] > 0
                && w.arrearsMonths >= arrearsToSuspend;
        if (suspend != w.russiaSuspended) {
            w.russiaSuspended = suspend;
            if (suspend) {
                week.log("contract", "bamako", List.of("russia", "state"), String.format(java.util.Locale.ROOT,
                        "Russian forces suspend operations: Bamako is %.0f months behind on the fee", w.arrearsMonths));
            } else if (w.strength[force.ordinal()] > 0) {
                // (a suspension that ends because the last of them has gone is no resumption)
                week.log("contract", "bamako", List.of("russia", "state"), "Russian forces resume operations after Bamako pays its arrears");
            }
        }
        if (suspend) {
            int f = force.ordinal();
            java.util.Arrays.fill(w.plannedPresence[f], 0);
            int bamako = w.geo.town("bamako").cell();
            w.plannedPresence[f][bamako] = w.fieldStrength(f);
            return;
        }
        super.decide(w, week);
    }

    /** The contractor replaces its losses toward the contract's strength (as foreign contingents do). */
    @Override
    public void recruit(WorldState w) {
        ForeignForce.replaceLosses(w, force, params.recruitment());
    }

    @Override
    protected boolean[] mask(WorldState w) {
        return w.stateMayOperate;
    }
}
