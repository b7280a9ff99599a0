package org.sahelsim.model.params;

import java.util.Map;
import org.sahelsim.model.Side;
import org.sahelsim.model.world.PlaceKind;

/**
 * Places: what each kind of place is like, what it is worth to each side, how a held place
 * projects control around it, and who holds which place at the start where the scenario says so
 * (elsewhere the side that dominates the place's cell holds it, and the state holds the towns,
 * camps, mines and crossings of contested ground).
 *
 * @param kinds                 per place kind (every kind: {@code capital}, {@code regional_capital}, ...)
 * @param worth                 per side ({@code state}, {@code jnim}, {@code is_sahel}, {@code separatists})
 * @param economicPerMillion    economic worth a place gains per million people living in its cell
 * @param economicPerTonne      economic worth a mine gains per tonne of gold it produces a year
 * @param projection            weight of a held place's projection in its side's influence over a cell
 * @param projectionDecayKm     distance over which a garrison's projection falls by a factor e beyond its reach
 * @param roadReach             how many times farther a garrison's patrols reach along a road than across country
 * @param projectionMaxKm       distance beyond which a place projects nothing
 * @param besiegedProjection    share of its projection a besieged place keeps while fully supplied; it
 *                              falls with the garrison's supplies to nothing when they run out
 * @param symbolic              extra worth of named places to named sides (Kidal to the separatists)
 * @param holders               who holds named places at the start: a side key, or {@code none}
 * @param source                where the numbers come from
 */
public record PlaceParams(Map<String, PlaceKindParams> kinds,
                          Map<String, PlaceWorth> worth,
                          @Bounds(min = 0) double economicPerMillion,
                          @Bounds(min = 0) double economicPerTonne,
                          @Bounds(min = 0) double projection,
                          @Bounds(min = 1) double projectionDecayKm,
                          @Bounds(min = 1) double roadReach,
                          @Bounds(min = 0) double projectionMaxKm,
                          @Bounds(min = 0, max = 1) double besiegedProjection,
                          @Optional Map<String, Map<String, Double>> symbolic,
                          @Optional Map<String, String> holders,
                          @Optional String source) implements Validated, java.io.Serializable {
    @Override
    public void validate(Checker check) {
        for (PlaceKind k : PlaceKind.values()) {
            check.require(kinds.containsKey(k.key()), "kinds", "no entry for '" + k.key() + "'", "an entry for every kind of place");
        }
        for (String k : kinds.keySet()) {
            check.require(PlaceKind.byKey(k) != null, "kinds." + k, "'" + k + "'", "a kind of place (" + kindKeys() + ")");
        }
        for (Side s : Side.values()) {
            check.require(worth.containsKey(s.key()), "worth", "no entry for '" + s.key() + "'", "an entry for every side");
        }
        for (String k : worth.keySet()) {
            check.require(sideKey(k), "worth." + k, "'" + k + "'", "a side (state, jnim, is_sahel, separatists)");
        }
        if (symbolic != null) {
            symbolic.forEach((place, bySide) -> bySide.keySet().forEach(side ->
                    check.require(sideKey(side), "symbolic." + place + "." + side, "'" + side + "'", "a side (state, jnim, is_sahel, separatists)")));
        }
        if (holders != null) {
            holders.forEach((place, side) -> check.require(side.equals("none") || sideKey(side), "holders." + place,
                    "'" + side + "'", "a side (state, jnim, is_sahel, separatists) or none"));
        }
    }

    private static boolean sideKey(String k) {
        for (Side s : Side.values()) if (s.key().equals(k)) return true;
        return false;
    }

    private static String kindKeys() {
        StringBuilder b = new StringBuilder();
        for (PlaceKind k : PlaceKind.values()) b.append(b.length() == 0 ? "" : ", ").append(k.key());
        return b.toString();
    }

    /** The parameters of a kind of place. */
    public PlaceKindParams kind(PlaceKind k) {
        return kinds.get(k.key());
    }
}
