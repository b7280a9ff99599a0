package org.sahelsim.model.submodels;

import ec.util.MersenneTwisterFast;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.ChangeOfHands;
import org.sahelsim.model.Force;
import org.sahelsim.model.Places;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.RoutParams;
import org.sahelsim.model.world.Earth;
import org.sahelsim.model.world.Place;
import org.sahelsim.model.world.PlaceKind;

/**
 * Routs that cascade (ODD §7.9). When a side loses a place (stormed, or starved out by a siege),
 * each garrison of that side within {@code reach_km} of it in the same region tests its nerve once:
 * it breaks with chance {@code chance × H / (H + G)}, H the hostile fighters within
 * {@code reach_km} of it and G its garrison. A garrison that breaks abandons its place: its
 * survivors fall back to the nearest place their side still holds beyond {@code reach_km},
 * {@code desertion} of them are lost on the way, and the place stands empty for whoever comes first. Each broken garrison
 * is news to the garrisons about it in turn: a chain, a probability per link, so that a few seeds
 * see a region's garrisons go one after another (Gao, 31 March 2012: "Mali's army abandoned its
 * military bases around the key northern garrison town of Gao ... the latest defeat for the
 * army after a lightning 48-hour advance", Reuters) and most see a fall stay one fall. The
 * capital and the foreign forces' bases do not break. Troops are conserved: every troop of a
 * broken garrison ends in the field or among the lost.
 */
public final class Routs implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final RoutParams p;

    /** Routs with these parameters; null for none (for tests of the operations alone). */
    public Routs(RoutParams params) {
        this.p = params;
    }

    /** How far the news of a fall carries, km (0 with no routs). */
    public double reachKm() {
        return p == null ? 0 : p.reachKm();
    }

    /** Side {@code side} has just lost place {@code lost}: its garrisons about it test their nerve, and the chain runs its course. Returns the places abandoned. */
    public int after(WorldState w, Week week, int lost, Side side) {
        if (p == null || p.chance() <= 0) return 0;
        Place origin = w.places.place(lost);
        boolean[] tested = new boolean[w.places.count()];
        tested[lost] = true;
        return chain(w, week, side, origin.region(), origin.lon(), origin.lat(), origin.name(), tested);
    }

    /**
     * A column of side {@code side} has just been routed in {@code cell} ({@link ColumnRouts}):
     * the garrisons of its side within {@code reach_km} of it in the cell's region test their
     * nerve as after a fall, {@code what} naming the defeat in the log, and the chain runs its
     * course. Returns the places abandoned.
     */
    public int afterRout(WorldState w, Week week, int cell, Side side, String what) {
        if (p == null || p.chance() <= 0) return 0;
        return chain(w, week, side, w.geo.region(cell), w.geo.lon(cell), w.geo.lat(cell), what, new boolean[w.places.count()]);
    }

    /** The garrisons of {@code side} in {@code region} within reach of the news at ({@code lon}, {@code lat}) test their nerve; each that breaks is news in turn. */
    private int chain(WorldState w, Week week, Side side, int region, double lon, double lat, String what, boolean[] tested) {
        Places pl = w.places;
        ArrayDeque<Integer> news = new ArrayDeque<>();
        int broken = nerve(w, week, side, region, lon, lat, what, tested, news);
        while (!news.isEmpty()) {
            Place from = pl.place(news.poll());
            broken += nerve(w, week, side, region, from.lon(), from.lat(), from.name(), tested, news);
        }
        return broken;
    }

    /** One round of the chain: the untested garrisons within reach of the news test their nerve; those that break join {@code news}. */
    private int nerve(WorldState w, Week week, Side side, int region, double lon, double lat, String what, boolean[] tested,
                      ArrayDeque<Integer> news) {
        Places pl = w.places;
        MersenneTwisterFast random = week.random();
        int broken = 0;
        for (int q = 0; q < pl.count(); q++) {
            if (tested[q] || pl.holder[q] != side.ordinal()) continue;
            Place place = pl.place(q);
            if (place.region() != region || steady(place.kind())) continue;
            if (Earth.distanceKm(lon, lat, place.lon(), place.lat()) > p.reachKm()) continue;
            tested[q] = true;
            double garrison = pl.sideGarrison(side, q);
            double hostile = hostileWithin(w, side, place);
            if (hostile <= 0 || garrison <= 0) continue;
            if (random.nextDouble() >= p.chance() * hostile / (hostile + garrison)) continue;
            breakGarrison(w, week, q, side, what, garrison, hostile);
            news.add(q);
            broken++;
        }
        return broken;
    }

    /** Places whose garrison does not break: the seat of government, and the foreign forces' bases. */
    private static boolean steady(PlaceKind kind) {
        return kind == PlaceKind.CAPITAL || kind == PlaceKind.BASE;
    }

    private void breakGarrison(WorldState w, Week week, int q, Side side, String from, double garrison, double hostile) {
        Places pl = w.places;
        Place place = pl.place(q);
        int refuge = fallBack(w, side, place);
        for (int f = 0; f < Force.COUNT; f++) {
            if (Force.of(f).side() != side) continue;
            double g = pl.garrison[f][q];
            if (g <= 0) continue;
            w.troops.lost[f] += g * p.desertion();
            w.presence[f][refuge] += g * (1 - p.desertion());
            w.presenceMoved(f);
        }
        pl.clearGarrison(side, q);
        int ring = pl.besiegedBy[q];
        pl.vacate(q, ChangeOfHands.WITHDRAWAL, week, "garrison_breaks", List.of(side.key()), String.format(Locale.ROOT,
                "The garrison of %s breaks after %s: %.0f troops abandon it with %.0f enemies about, %.0f of them lost on the way",
                place.name(), from, garrison, hostile, garrison * p.desertion()));
        // A besieged garrison that breaks leaves its place to the ring round it, which walks in at its next week.
        pl.besiegedBy[q] = ring;
    }

    /**
     * Where a broken garrison falls back: the nearest place its side still holds beyond
     * {@code reach_km} of it (a routed garrison "has hit the road" to a garrison that stands,
     * not to the next village); the neighbouring cell its side holds best if there is none.
     */
    private int fallBack(WorldState w, Side side, Place from) {
        Places pl = w.places;
        int best = -1;
        double nearest = Double.POSITIVE_INFINITY;
        for (int q = 0; q < pl.count(); q++) {
            if (pl.holder[q] != side.ordinal() || q == from.index()) continue;
            Place place = pl.place(q);
            double d = Earth.distanceKm(from.lon(), from.lat(), place.lon(), place.lat());
            if (d > p.reachKm() && d < nearest) {
                nearest = d;
                best = q;
            }
        }
        return best >= 0 ? pl.place(best).cell() : Operations.refuge(w, side, from.cell());
    }

    /** The fighters hostile to {@code side} in the cells within {@code reach_km} of a place. */
    private double hostileWithin(WorldState w, Side side, Place place) {
        double s = 0;
        for (int c = 0; c < w.cells; c++) {
            if (Earth.distanceKm(place.lon(), place.lat(), w.geo.lon(c), w.geo.lat(c)) > p.reachKm()) continue;
            for (int f = 0; f < Force.COUNT; f++) {
                int e = Force.of(f).side().ordinal();
                if (e != side.ordinal() && w.hostile[side.ordinal()][e]) s += w.presence[f][c];
            }
        }
        return s;
    }
}
