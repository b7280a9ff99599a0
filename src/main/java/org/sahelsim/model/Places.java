package org.sahelsim.model;

import java.util.List;
import org.sahelsim.model.world.Place;

/**
 * The dynamic state of every place: who holds it, its garrison by force, its supplies, and who
 * besieges it. A place with no garrison is held by nobody (an empty town or a vacated base) until
 * a side takes it. The operations submodel is the only writer of holders, garrisons and sieges;
 * the supply submodel of supplies.
 */
public final class Places implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Holder value of a place that nobody holds. */
    public static final int NOBODY = -1;

    private final List<Place> list;
    /** The side holding each place, or {@link #NOBODY}. */
    public final int[] holder;
    /** Troops of each force garrisoning each place: {@code garrison[force][place]}. */
    public final double[][] garrison;
    /** Days of food, fuel and ammunition each garrison has left. */
    public final double[] supplyDays;
    /** The most days of supply each place can hold. */
    public final double[] supplyCapacity;
    /** Whether each garrison is cut off on the roads this week (no convoy reached it; written by the supplies of the places). */
    public final boolean[] cutOff;
    /** Weeks each garrison has been without supplies. */
    public final int[] starving;
    /** The side besieging each place, or {@link #NOBODY}. */
    public final int[] besiegedBy;
    /** Road segments into each place the besiegers hold this week. */
    public final int[] roadsCut;
    /** How each place last changed hands, or null if it never has in this run. */
    public final ChangeOfHands[] lastChange;
    /** Each side's worth for each place, in troop-equivalents: {@code worth[side][place]}. */
    public final double[][] worth;
    /** Each place's political worth before any side's weight (a seat of power, a symbol). */
    public final double[] politicalWorth;
    /** Each place's military worth before any side's weight (a base that projects force). */
    public final double[] militaryWorth;
    /** Multiplier on the defenders' fire at each place. */
    public final double[] defences;
    /** The garrison each place's holder keeps there in the ordinary course. */
    public final double[] standardGarrison;

    Places(List<Place> places, double[][] worth, double[] politicalWorth, double[] militaryWorth, double[] defences,
           double[] standardGarrison, double[] supplyCapacity) {
        this.list = List.copyOf(places);
        int n = places.size();
        holder = new int[n];
        java.util.Arrays.fill(holder, NOBODY);
        garrison = new double[Force.COUNT][n];
        supplyDays = supplyCapacity.clone();
        this.supplyCapacity = supplyCapacity.clone();
        starving = new int[n];
        cutOff = new boolean[n];
        besiegedBy = new int[n];
        java.util.Arrays.fill(besiegedBy, NOBODY);
        roadsCut = new int[n];
        lastChange = new ChangeOfHands[n];
        this.worth = worth;
        this.politicalWorth = politicalWorth.clone();
        this.militaryWorth = militaryWorth.clone();
        this.defences = defences.clone();
        this.standardGarrison = standardGarrison.clone();
    }

    /** Places that nobody holds, with no worth and no defences (a world built without a scenario). */
    static Places none(List<Place> places) {
        int n = places.size();
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        return new Places(places, new double[Side.COUNT][n], new double[n], new double[n], ones, new double[n], ones);
    }

    /** Number of places. */
    public int count() {
        return list.size();
    }

    /** The static description of place {@code p}. */
    public Place place(int p) {
        return list.get(p);
    }

    /** All places, in index order. */
    public List<Place> all() {
        return list;
    }

    /** All troops garrisoning place {@code p}. */
    public double garrisonTotal(int p) {
        double s = 0;
        for (int f = 0; f < Force.COUNT; f++) s += garrison[f][p];
        return s;
    }

    /** Troops of {@code side}'s forces garrisoning place {@code p}. */
    public double sideGarrison(Side side, int p) {
        double s = 0;
        for (int f = 0; f < Force.COUNT; f++) if (Force.of(f).side() == side) s += garrison[f][p];
        return s;
    }

    /** Troops of force {@code f} in all garrisons. */
    public double garrisoned(int f) {
        double s = 0;
        for (double g : garrison[f]) s += g;
        return s;
    }

    /** Whether place {@code p} is held by someone. */
    public boolean held(int p) {
        return holder[p] != NOBODY;
    }

    /** The side holding place {@code p}, or null. */
    public Side holderSide(int p) {
        return holder[p] == NOBODY ? null : Side.of(holder[p]);
    }

    /** Removes every troop of {@code side}'s forces from the garrison of place {@code p}. */
    public void clearGarrison(Side side, int p) {
        for (int f = 0; f < Force.COUNT; f++) if (Force.of(f).side() == side) garrison[f][p] = 0;
    }

    /** Empties a place: nobody holds it any more (its garrison has gone), {@code how}. Logs why when a reason is given. */
    public void vacate(int p, ChangeOfHands how, Week week, String type, List<String> actors, CharSequence why) {
        holder[p] = NOBODY;
        cutOff[p] = false;
        lastChange[p] = how;
        besiegedBy[p] = NOBODY;
        if (why != null && week != null) week.log(type, regionId(p), actors, why);
    }

    /** Side {@code side} now holds place {@code p} (its garrison is already in place), {@code how}. Logs why when a reason is given. */
    public void take(int p, int side, ChangeOfHands how, Week week, String type, List<String> actors, CharSequence why) {
        holder[p] = side;
        cutOff[p] = false;
        lastChange[p] = how;
        besiegedBy[p] = NOBODY;
        supplyDays[p] = Math.max(supplyDays[p], 0);
        if (why != null && week != null) week.log(type, regionId(p), actors, why);
    }

    /** Starts or ends a siege of place {@code p} (side, or {@link #NOBODY}). */
    public void besiege(int p, int side) {
        besiegedBy[p] = side;
        if (side == NOBODY) roadsCut[p] = 0;
    }

    /**
     * Takes up to {@code troops} of force {@code f} out of its garrisons, from the places least
     * worth to its side first; a place left with none of its holder's troops stands empty (a
     * vacated base). Returns how many were taken.
     */
    public double withdrawGarrisons(int f, double troops, Week week, TroopLedger ledger) {
        Force force = Force.of(f);
        int side = force.side().ordinal();
        double left = troops;
        while (left > 1e-9) {
            int pick = -1;
            for (int p = 0; p < count(); p++) {
                if (garrison[f][p] <= 0) continue;
                if (pick < 0 || worth[side][p] < worth[side][pick]) pick = p;
            }
            if (pick < 0) break;
            double take = Math.min(left, garrison[f][pick]);
            garrison[f][pick] -= take;
            if (garrison[f][pick] < 1e-6) garrison[f][pick] = 0;
            left -= take;
            if (holder[pick] == side && sideGarrison(force.side(), pick) < 1) {
                for (int g = 0; g < Force.COUNT; g++) {
                    if (Force.of(g).side() != force.side()) continue;
                    if (g != f) ledger.departed[g] += garrison[g][pick];
                    else left -= garrison[g][pick];
                    garrison[g][pick] = 0;
                }
                vacate(pick, ChangeOfHands.VACATED, week, "base_vacated", List.of(force.key()), String.format(java.util.Locale.ROOT,
                        "%s leave %s; it stands empty", force.label(), place(pick).name()));
            }
        }
        return troops - left;
    }

    private String regionId(int p) {
        return regionIds == null ? "" : regionIds[place(p).region()];
    }

    /** Region ids by index, for the log. */
    private String[] regionIds;

    void regionIds(String[] ids) {
        this.regionIds = ids.clone();
    }
}
