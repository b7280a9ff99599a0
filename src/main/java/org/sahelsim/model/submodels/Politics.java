package org.sahelsim.model.submodels;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.PoliticsParams;

/**
 * Junta cohesion and coups. Each month cohesion recovers {@code recovery} of its gap to 1 and
 * loses {@code territoryLoss} per ten points of national territory lost since the last month,
 * {@code fuelPain} scaled by how far Bamako's price is above normal (capped at double), and
 * {@code arrearsPain} per month of unpaid bills (up to the months after which the Russians suspend). Below {@code coupThreshold} a coup happens
 * with monthly probability {@code coupHazard × (1 − cohesion / coupThreshold)}.
 */
public final class Politics extends Submodel {
    private static final long serialVersionUID = 1L;

    private final PoliticsParams p;
    private final double normalFuelPrice;
    private double lastTerritory = Double.NaN;

    private final double arrearsCap;
    private final double dominance;
    private final Reinforcements reinforcements;
    private final double legitimacyCost;

    /**
     * @param arrearsCap months of arrears beyond which more arrears cost no more cohesion (the
     *                   months after which the Russians suspend operations)
     */
    public Politics(PoliticsParams params, double normalFuelPrice, double arrearsCap, double dominance,
                    Reinforcements reinforcements) {
        this(params, normalFuelPrice, arrearsCap, dominance, reinforcements, 0);
    }

    /**
     * @param coupLegitimacyCost what a coup costs the state's legitimacy
     */
    public Politics(PoliticsParams params, double normalFuelPrice, double arrearsCap, double dominance,
                    Reinforcements reinforcements, double coupLegitimacyCost) {
        this.legitimacyCost = coupLegitimacyCost;
        this.p = params;
        this.normalFuelPrice = normalFuelPrice;
        this.arrearsCap = arrearsCap;
        this.dominance = dominance;
        this.reinforcements = reinforcements;
    }

    @Override
    public void step(WorldState w, Week week) {
        if (!week.startsMonth()) return;
        double stateTerritory = Control.shares(w, dominance, false, -1)[Side.STATE.ordinal()];
        if (month(w, stateTerritory, week.random())) coup(w, week, "Junta cohesion collapses");
    }

    /** A shock to the junta's cohesion (a raid on its seat of power), of {@code loss} (0–1). */
    public void shock(WorldState w, double loss) {
        w.cohesion = Math.max(0, w.cohesion - loss);
    }

    /** A coup: the junta is replaced; a new junta may negotiate with JNIM and end the Russian contract. */
    public void coup(WorldState w, Week week, String why) {
        w.coups++;
        w.cohesion = p.cohesionStart();
        w.legitimacyShock -= legitimacyCost;
        boolean talks = p.negotiatesAfterCoup();
        week.log("coup", "bamako", List.of("state"), why + ": a coup in Bamako brings a new junta"
                + (talks ? " that opens talks with JNIM and ends the Russian contract" : ""));
        if (talks) openTalks(w, week, true, "The new junta and JNIM agree a truce for talks", "the new junta");
    }

    /**
     * Talks with JNIM open: a truce between them, JNIM lifts its blockade while they last, and
     * Moscow signs no new contract meanwhile; with {@code endsRussia} the junta also ends the
     * Russian contract (a junta that "could negotiate with JNIM and exclude Russia").
     *
     * @param truce what the log says of the truce (a decision line)
     * @param who   who talks with JNIM, in words for the log
     */
    public void openTalks(WorldState w, Week week, boolean endsRussia, String truce, String who) {
        w.jnimTalks = true;
        w.relations.makeTruce(w, Side.STATE, Side.JNIM, week, truce);
        if (w.blockade.active()) w.blockade.lift(week, "JNIM lifts its blockade during talks with " + who);
        if (endsRussia) {
            w.russiaContract = false;
            reinforcements.ramp(w, Force.RUSSIA, 0, (int) Math.round(p.russiaExitWeeks()), week.tick());
            week.log("contract", "bamako", List.of("russia", "state"),
                    Character.toUpperCase(who.charAt(0)) + who.substring(1) + " ends the Russian contract; Russian forces begin to leave");
        }
    }

    /** Talks with JNIM end: the truce with it is broken by {@code breaker}, with {@code why} in the log. */
    public void endTalks(WorldState w, Week week, Side breaker, String why) {
        w.jnimTalks = false;
        w.relations.breakTruce(w, breaker, breaker == Side.STATE ? Side.JNIM : Side.STATE, week, why);
    }

    /** Updates cohesion for the month; returns true when a coup happens. */
    public boolean month(WorldState w, double stateTerritory, MersenneTwisterFast random) {
        double lost = Double.isNaN(lastTerritory) ? 0 : Math.max(0, lastTerritory - stateTerritory);
        lastTerritory = stateTerritory;
        double fuel = Math.max(0, Math.min(1, w.bamakoPrice / normalFuelPrice - 1));
        double c = w.cohesion;
        c += p.recovery() * (1 - c);
        c -= p.territoryLoss() * lost * 10;
        c -= p.fuelPain() * fuel;
        // Unpaid bills hurt up to the point where the partner walks away; beyond it they are old news.
        c -= p.arrearsPain() * Math.min(w.arrearsMonths, arrearsCap);
        w.cohesion = Math.max(0, Math.min(1, c));
        if (w.cohesion >= p.coupThreshold()) return false;
        double hazard = p.coupHazard() * (1 - w.cohesion / p.coupThreshold());
        return random.nextDouble() < hazard;
    }

    public PoliticsParams params() {
        return p;
    }
}
