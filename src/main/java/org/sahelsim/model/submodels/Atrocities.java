package org.sahelsim.model.submodels;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.Incident;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.Words;
import org.sahelsim.model.params.AtrocityParams;
import org.sahelsim.model.world.Geography;
import org.sahelsim.model.world.Place;

/**
 * Civilians killed in incidents, and massacres that turn a district (ODD §7.1, §7.2).
 *
 * <p><b>Incidents.</b> A fight's civilian harm (each side's {@code civilian_harm} per engagement,
 * {@link Combat}; one engagement's worth at a place, {@link Operations}) is the expected number of
 * civilians its forces kill. It is not smeared over the cells a civilian at a time: it comes in
 * incidents whose sizes follow a power law, as the severity of attacks on people does (Clauset,
 * Young and Gleditsch 2007): a number of incidents Poisson(expected / mean size), each killing
 * {@code min(incident_max, ⌊U^(−1/(α−1))⌋)} civilians (U uniform on (0, 1]), and no more than live
 * in the cell. The expected deaths are the harm's; most incidents kill one or a few, a few kill
 * hundreds.
 *
 * <p><b>Massacres.</b> An incident of at least {@code massacre} deaths turns its district: the
 * grievance of the cell and its neighbours against the side that did it jumps by
 * {@code harm_grievance} per civilian killed per thousand of the district's people, up to
 * {@code massacre_grievance}, and {@code massacre_recruits} fighters per civilian killed join the
 * perpetrator's insurgent enemy with the most support in the cell ("a segment of the Malian
 * population, angered by the abuses of the regular army and Russian militias, has rallied to
 * Al-Qaeda by default").
 *
 * <p>Each week (after the fighting, before attitudes) every incident is logged
 * ({@code civilians_killed}, or {@code massacre}) with its place and its dead: the logged dead add
 * up to the week's civilian fatalities.
 */
public final class Atrocities extends Submodel {
    private static final long serialVersionUID = 1L;

    private final AtrocityParams p;
    /** The expected size of an incident under the power law, truncated at {@code incident_max}. */
    private final double meanSize;
    /** The insurgent force of each side (null for the state). */
    private static final List<Force> FORCE_OF_SIDE = forceOfSide();

    private static List<Force> forceOfSide() {
        Force[] of = new Force[Side.COUNT];
        for (Force f : Force.values()) {
            if (f.side().insurgent() && of[f.side().ordinal()] == null) of[f.side().ordinal()] = f;
        }
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(of));
    }

    /** The grievance a civilian killed adds per thousand people ({@code attitudes.harm_grievance}). */
    private final double harmGrievance;

    /** Incidents of the given sizes; with {@code params} null, every draw of harm is one incident (the harm smeared, for tests of other submodels). */
    public Atrocities(AtrocityParams params) {
        this(params, 0);
    }

    /**
     * @param harmGrievance the grievance a civilian killed adds per thousand people ({@code attitudes.harm_grievance}),
     *                      with which a massacre's news spreads over its district
     */
    public Atrocities(AtrocityParams params, double harmGrievance) {
        this.harmGrievance = harmGrievance;
        this.p = params;
        this.meanSize = params == null ? 1 : meanSize(params.incidentTail(), params.incidentMax());
    }

    /** {@code E[min(max, ⌊X⌋)]} for X Pareto with P(X ≥ x) = x^−(α−1), x ≥ 1: the sum of P(X ≥ j), j = 1 … max. */
    static double meanSize(double tail, double max) {
        double s = 0;
        for (int j = 1; j <= (int) Math.floor(max); j++) s += Math.pow(j, -(tail - 1));
        return s;
    }

    /** The mean size of an incident. */
    public double meanSize() {
        return meanSize;
    }

    /**
     * Side {@code side}'s forces kill civilians in cell {@code cell} ({@code expected} of them on
     * average), in incidents drawn as the class describes. The dead are added to the cell's tally
     * against the side and the incidents wait in the world to be logged. Returns how many died.
     */
    public int kill(WorldState w, MersenneTwisterFast random, int side, int cell, int place, double expected) {
        if (expected <= 0) return 0;
        if (p == null) {
            int k = Combat.poisson(random, expected);
            if (k > 0) record(w, side, cell, place, k);
            return k;
        }
        int n = Combat.poisson(random, expected / meanSize);
        int total = 0;
        double living = w.geo.population(cell);
        for (int i = 0; i < n; i++) {
            double u = 1 - random.nextDouble(); // (0, 1]
            double size = Math.floor(Math.pow(u, -1 / (p.incidentTail() - 1)));
            if (living - total < 1) break;
            int k = (int) Math.max(1, Math.min(Math.min(p.incidentMax(), Math.floor(living - total)), size));
            record(w, side, cell, place, k);
            total += k;
        }
        return total;
    }

    /**
     * A reprisal sweep after {@code engagements} engagements between the regular side {@code side}
     * and the insurgent side {@code enemy} in cell {@code cell}: the side's forces, harming
     * {@code harm} civilians an engagement, kill {@code reprisal × harm × s} more on average per
     * engagement in the villages suspected of backing the enemy, {@code s} being the share of the
     * cell's people who back it; in incidents, as {@link #kill}. None without the parameters or
     * with {@code reprisal} 0 (and then no random number is drawn). Returns how many died.
     */
    public int reprisal(WorldState w, MersenneTwisterFast random, int side, int enemy, int cell, int engagements, double harm) {
        if (p == null || p.reprisal() <= 0 || engagements <= 0) return 0;
        return kill(w, random, side, cell, -1, engagements * harm * p.reprisal() * w.support[enemy][cell]);
    }

    private static void record(WorldState w, int side, int cell, int place, int k) {
        w.civiliansKilledBy[side][cell] += k;
        w.weekCiviliansKilledBy[side] += k;
        w.incidents.add(new Incident(side, cell, place, k));
    }

    @Override
    public void step(WorldState w, Week week) {
        boolean turned = false;
        for (Incident i : w.incidents) {
            boolean massacre = p != null && i.killed() >= p.massacre();
            if (massacre) {
                turn(w, i);
                turned = true;
            }
            log(w, week, i, massacre);
        }
        w.incidents.clear();
        if (turned) w.recountMovedStrength();
    }

    /**
     * A massacre turns its district against the side that did it, and sends fighters to its
     * enemies. The district (the cell and its neighbours) takes the dead as its own: its grievance
     * against the perpetrator rises by {@code harm_grievance} per civilian killed per thousand of
     * the district's people, up to {@code massacre_grievance}; a massacre in a village turns the
     * country about it, the same dead in a city of millions much less.
     */
    private void turn(WorldState w, Incident i) {
        int c = i.cell();
        double people = w.geo.population(c);
        for (int k = 0; k < w.geo.neighbourCount(c); k++) people += w.geo.population(w.geo.neighbour(c, k));
        double jump = Math.min(p.massacreGrievance(), harmGrievance * i.killed() / Math.max(1, people / 1000));
        raise(w, i.side(), c, jump);
        for (int k = 0; k < w.geo.neighbourCount(c); k++) raise(w, i.side(), w.geo.neighbour(c, k), jump);
        int enemy = -1;
        for (int s = 0; s < Side.COUNT; s++) {
            if (s == i.side() || !w.hostile[i.side()][s] || FORCE_OF_SIDE.get(s) == null) continue;
            if (enemy < 0 || w.support[s][c] > w.support[enemy][c]) enemy = s;
        }
        if (enemy < 0) return;
        int f = FORCE_OF_SIDE.get(enemy).ordinal();
        double recruits = p.massacreRecruits() * i.killed();
        w.presence[f][c] += recruits;
        w.presenceMoved(f);
        w.troops.recruited[f] += recruits;
    }

    private static void raise(WorldState w, int side, int cell, double jump) {
        w.harmGrievance[side][cell] = Math.min(1, w.harmGrievance[side][cell] + jump);
    }

    private static void log(WorldState w, Week week, Incident i, boolean massacre) {
        Side side = Side.of(i.side());
        Geography geo = w.geo;
        int cell = i.cell();
        CharSequence where = i.place() >= 0 ? "at " + w.places.place(i.place()).name() : Words.later(() -> "near " + nearest(geo, cell));
        String region = w.geo.regions().get(w.geo.region(i.cell())).id();
        CharSequence what = massacre
                ? Words.of("Massacre %s: %d civilians killed by %s forces; the district turns against them", where, i.killed(), side.label())
                : Words.of("%d civilian%s killed by %s forces %s", i.killed(), i.killed() == 1 ? "" : "s", side.label(), where);
        week.log(massacre ? "massacre" : "civilians_killed", region, List.of(side.key()), what,
                w.geo.lon(i.cell()), w.geo.lat(i.cell()), i.killed());
    }

    /** The name of the place nearest a cell's centre. */
    private static String nearest(Geography geo, int cell) {
        double lon = geo.lon(cell);
        double lat = geo.lat(cell);
        String best = geo.regions().get(geo.region(cell)).name();
        double most = Double.POSITIVE_INFINITY;
        for (Place q : geo.places()) {
            double dx = (q.lon() - lon) * Math.cos(Math.toRadians(lat));
            double dy = q.lat() - lat;
            double d = dx * dx + dy * dy;
            if (d < most) {
                most = d;
                best = q.name();
            }
        }
        return best;
    }
}
