package org.sahelsim.model.submodels;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.ChangeOfHands;
import org.sahelsim.model.Force;
import org.sahelsim.model.Places;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.FuelParams;
import org.sahelsim.model.params.GarrisonSupplyParams;
import org.sahelsim.model.params.OperationParams;

/**
 * The supplies of the places (ODD §7.10). Each week a garrison eats a week of its stock. A place
 * that is not besieged is resupplied to full by the ordinary convoys (whose losses the fuel
 * submodel already counts). A besieged place is resupplied by road only if a convoy gets through
 * the ring: on each road cell around it the chance of a hit is the week's convoy danger times
 * {@code siege_interdiction}. A side with aircraft flies in up to {@code airlift} troop-days a week
 * across its besieged places. Once its stock is gone a garrison loses {@code starvation} of its
 * troops a week (desertion, surrender, sickness); a garrison that is gone leaves the place to the
 * besiegers (see {@link Operations}) or empty.
 */
public final class Supply extends Submodel {
    private static final long serialVersionUID = 1L;

    private final OperationParams p;
    private final FuelParams fuel;

    /** The routs a starved-out garrison may set off. */
    private final Routs routs;

    /** The state's garrisons' convoys from Bamako, or null: every garrison no siege shuts in is refilled in full. */
    private final GarrisonConvoys convoys;

    /** Supplies with no routs (for tests of the supplies alone). */
    public Supply(OperationParams params, FuelParams fuel) {
        this(params, fuel, new Routs(null));
    }

    public Supply(OperationParams params, FuelParams fuel, Routs routs) {
        this(params, fuel, routs, null);
    }

    /** Supplies with the state's garrisons supplied by road from Bamako ({@link GarrisonConvoys}), if {@code garrisons} is given and on. */
    public Supply(OperationParams params, FuelParams fuel, Routs routs, GarrisonSupplyParams garrisons) {
        this.routs = routs;
        this.p = params;
        this.fuel = fuel;
        this.convoys = garrisons == null || !garrisons.byRoad() ? null : new GarrisonConvoys(garrisons, fuel, routs);
    }

    @Override
    public void step(WorldState w, Week week) {
        Places pl = w.places;
        // The state's garrisons on the roads, when they are supplied from Bamako: fed, cut off or withdrawn first.
        boolean[] byRoad = null;
        boolean[] cut = null;
        if (convoys != null) {
            byRoad = new boolean[pl.count()];
            for (int q = 0; q < pl.count(); q++) byRoad[q] = GarrisonConvoys.served(pl, q);
            cut = convoys.supply(w, week);
        }
        double[] airNeed = new double[Side.COUNT];
        for (int q = 0; q < pl.count(); q++) {
            if (!pl.held(q) || (pl.besiegedBy[q] == Places.NOBODY && (cut == null || !cut[q]))) continue;
            airNeed[pl.holder[q]] += pl.garrisonTotal(q) * 7;
        }
        // With its garrisons on the roads the junta flies to those it most wants to keep first.
        double[] stateAirlift = null;
        if (convoys != null && Combat.airPower(w, Side.STATE) > 1) {
            double[] need = new double[pl.count()];
            for (int q = 0; q < pl.count(); q++) {
                if (pl.holder[q] != Side.STATE.ordinal() || (pl.besiegedBy[q] == Places.NOBODY && !cut[q])) continue;
                need[q] = pl.garrisonTotal(q) * 7;
            }
            stateAirlift = GarrisonConvoys.airlift(p.airlift(), need, pl.worth[Side.STATE.ordinal()]);
        }
        for (int q = 0; q < pl.count(); q++) {
            if (!pl.held(q)) continue;
            double garrison = pl.garrisonTotal(q);
            if (garrison <= 0) continue;
            if (byRoad != null && byRoad[q]) {
                if (cut[q]) {
                    airlift(w, q, airNeed, stateAirlift);
                    afterTheWeek(w, week, q, garrison);
                }
                continue;
            }
            pl.supplyDays[q] = Math.max(0, pl.supplyDays[q] - 7);
            if (pl.besiegedBy[q] == Places.NOBODY) {
                pl.supplyDays[q] = pl.supplyCapacity[q];
                continue;
            }
            if (convoyGetsThrough(w, week, q)) {
                pl.supplyDays[q] = pl.supplyCapacity[q];
            } else {
                airlift(w, q, airNeed, stateAirlift);
            }
            afterTheWeek(w, week, q, garrison);
        }
    }

    /**
     * A side with aircraft flies supplies to place {@code q}: its share of the airlift by its
     * garrison, or, for the state with its garrisons on the roads, what {@code stateAirlift} gives it.
     */
    private void airlift(WorldState w, int q, double[] airNeed, double[] stateAirlift) {
        Places pl = w.places;
        Side holder = Side.of(pl.holder[q]);
        if (holder == Side.STATE && stateAirlift != null) {
            double need = pl.garrisonTotal(q) * 7;
            if (need > 0) pl.supplyDays[q] = Math.min(pl.supplyCapacity[q], pl.supplyDays[q] + 7 * stateAirlift[q] / need);
            return;
        }
        if (Combat.airPower(w, holder) > 1 && airNeed[holder.ordinal()] > 0) {
            double share = Math.min(1, p.airlift() / airNeed[holder.ordinal()]);
            pl.supplyDays[q] = Math.min(pl.supplyCapacity[q], pl.supplyDays[q] + 7 * share);
        }
    }

    /** A garrison with no stores left starves; one with some is counted as fed. */
    private void afterTheWeek(WorldState w, Week week, int q, double garrison) {
        Places pl = w.places;
        if (pl.supplyDays[q] <= 0) {
            pl.starving[q]++;
            starve(w, week, q, garrison);
        } else {
            pl.starving[q] = 0;
        }
    }

    /** Whether a convoy reaches a besieged place this week through the ring on its roads. */
    private boolean convoyGetsThrough(WorldState w, Week week, int q) {
        int node = w.places.place(q).roadNode();
        if (node < 0) return false;
        double blocked = 1;
        for (int seg : w.geo.roads().segmentsAt(node)) {
            int[] cells = w.geo.roads().segments().get(seg).cells();
            // The ring: the cells of each road nearest the place.
            int from = w.geo.roads().segments().get(seg).from() == node ? 0 : Math.max(0, cells.length - 2);
            int to = Math.min(cells.length, from + 2);
            double segment = 1;
            for (int i = from; i < to; i++) {
                double danger = Math.min(1, Math.max(w.roadDanger[cells[i]], fuel.interdiction()) * p.siegeInterdiction());
                segment *= 1 - danger;
            }
            blocked *= 1 - segment;
        }
        return week.random().nextDouble() < 1 - blocked;
    }

    private void starve(WorldState w, Week week, int q, double garrison) {
        Places pl = w.places;
        Side holder = Side.of(pl.holder[q]);
        double lost = 0;
        for (int f = 0; f < Force.COUNT; f++) {
            if (Force.of(f).side() != holder) continue;
            double g = pl.garrison[f][q];
            // Out of supplies for long enough, the garrison surrenders; until then some desert.
            double out = g < 1 || pl.starving[q] > p.surrenderWeeks() ? g : g * p.starvation();
            pl.garrison[f][q] = g - out;
            w.troops.lost[f] += out;
            lost += out;
        }
        if (pl.sideGarrison(holder, q) < 1) {
            for (int f = 0; f < Force.COUNT; f++) if (Force.of(f).side() == holder) w.troops.lost[f] += pl.garrison[f][q];
            pl.clearGarrison(holder, q);
            if (pl.besiegedBy[q] == Places.NOBODY) {
                pl.vacate(q, ChangeOfHands.WITHDRAWAL, week, "withdrawal", List.of(holder.key()), String.format(Locale.ROOT,
                        "The garrison of %s is gone: its supplies ran out", pl.place(q).name()));
                // A garrison cut off on the roads that starves out is news to its region's garrisons.
                if (convoys != null) routs.after(w, week, q, holder);
            } else {
                pl.vacate(q, ChangeOfHands.SIEGE, null, null, null, null);
                routs.after(w, week, q, holder);
            }
        } else if (lost >= 1) {
            week.log("starvation", w.geo.regions().get(pl.place(q).region()).id(), List.of(holder.key()), String.format(Locale.ROOT,
                    "The besieged garrison of %s has run out of supplies: %.0f desert or surrender, %.0f hold on",
                    pl.place(q).name(), lost, pl.sideGarrison(holder, q)));
        }
    }
}
