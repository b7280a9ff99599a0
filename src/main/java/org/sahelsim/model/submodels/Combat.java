package org.sahelsim.model.submodels;

import ec.util.MersenneTwisterFast;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.CombatParams;
import org.sahelsim.model.world.Terrain;

/**
 * Weekly combat wherever hostile sides share a cell.
 *
 * <p>Contacts are a mass-action process: the expected number of engagements in a cell is
 * {@code contactRate × P_a × P_b / area} (troops and km²), scaled by each side's will to fight, and the
 * insurgent side attacks more often where the exchange favours it (elasticity
 * {@code insurgentInitiative}). Before each engagement the insurgents choose its form: a set
 * battle (Lanchester's square law) only where, against the defender's air power, the square law
 * leaves them a fighting ratio above {@code massingThreshold}; otherwise an ambush or raid
 * (Deitchman's guerrilla law), where terrain cover, ISR and air strikes on located guerrillas
 * scale the regular side's area fire. Air power thus makes massing too costly and worsens the
 * exchange of every raid, so insurgents attack less often while it is there: the articles'
 * claim, "What Islamists really feared were French airstrikes".
 *
 * <p>Casualties come from the closed forms in {@link Attrition} applied to the committed share of
 * each side's local presence, and are taken from the forces in proportion to their presence.
 * Civilian harm is drawn per engagement from each force's rate and attributed to its side.
 */
public final class Combat {
    private final CombatParams p;
    private final double[] sideFire = new double[Side.COUNT];
    private final double[] sideIsr = new double[Side.COUNT];
    private final double[] sideEngagement = new double[Side.COUNT];
    private final double[] sideHarm = new double[Side.COUNT];
    private final double[] sidePresence = new double[Side.COUNT];
    /** All troops of each side in the cell being fought over, fighting or not. */
    private final double[] sideRaw = new double[Side.COUNT];

    public Combat(CombatParams params) {
        this.p = params;
    }

    /** The air-power multiplier a side brings to set battles: its forces' air power, strength-weighted. */
    public static double airPower(WorldState w, Side side) {
        double num = 0;
        double den = 0;
        for (int f = 0; f < Force.COUNT; f++) {
            if (Force.of(f).side() != side || w.strength[f] <= 0) continue;
            // Air assets are theatre-wide: a force that has them brings them in full while present.
            num = Math.max(num, w.airPower[f]);
            den = 1;
        }
        return den == 0 ? 1 : Math.max(1, num);
    }

    /** Runs a week of combat. Returns the number of engagements. */
    public int step(WorldState w, MersenneTwisterFast random) {
        int n = w.cells;
        double[] air = new double[Side.COUNT];
        for (int s = 0; s < Side.COUNT; s++) air[s] = airPower(w, Side.of(s));
        int events = 0;
        for (int c = 0; c < n; c++) {
            java.util.Arrays.fill(sidePresence, 0);
            java.util.Arrays.fill(sideFire, 0);
            java.util.Arrays.fill(sideIsr, 0);
            java.util.Arrays.fill(sideEngagement, 0);
            java.util.Arrays.fill(sideHarm, 0);
            java.util.Arrays.fill(sideRaw, 0);
            for (int f = 0; f < Force.COUNT; f++) {
                double pr = w.presence[f][c];
                if (pr <= 0) continue;
                int s = Force.of(f).side().ordinal();
                sideRaw[s] += pr;
                if (s == Side.STATE.ordinal() && !w.stateMayOperate[c]) continue;
                double e = w.engagement[f];
                if (Force.of(f) == Force.RUSSIA && w.russiaSuspended) e = 0;
                sidePresence[s] += pr * Math.min(1, e * p.engagedPresence()); // troops that will fight at all
                sideFire[s] += pr * w.quality[f] * e;
                sideIsr[s] += pr * w.isr[f] * e;
                sideEngagement[s] += pr * e;
                sideHarm[s] += pr * w.civilianHarmRate(f);
            }
            for (int s = 0; s < Side.COUNT; s++) {
                double pe = sideEngagement[s];
                if (pe > 0) {
                    sideFire[s] /= pe;      // mean quality of those who fight
                    sideIsr[s] /= pe;
                    sideHarm[s] /= sideRaw[s];
                    sideEngagement[s] = pe / sideRaw[s];
                }
            }
            boolean cover = w.geo.terrain(c) == Terrain.ADRAR_DES_IFOGHAS || w.geo.terrain(c) == Terrain.INNER_NIGER_DELTA;
            for (int a = 0; a < Side.COUNT; a++) {
                for (int b = a + 1; b < Side.COUNT; b++) {
                    if (!w.hostile[a][b] || sidePresence[a] <= 0 || sidePresence[b] <= 0) continue;
                    events += fight(w, random, c, a, b, air, cover);
                }
            }
        }
        w.recountStrength();
        return events;
    }

    private static double sidePresenceRaw(WorldState w, int side, int c) {
        double s = 0;
        for (int f = 0; f < Force.COUNT; f++) if (Force.of(f).side().ordinal() == side) s += w.presence[f][c];
        return s;
    }

    /**
     * Engagements between sides a and b in cell c this week. When the state is one of them it is
     * the regular side; between two insurgent groups, the stronger acts as the regular side.
     */
    private int fight(WorldState w, MersenneTwisterFast random, int c, int a, int b, double[] air, boolean cover) {
        int reg = a;
        int irr = b;
        if (a != Side.STATE.ordinal() && sidePresence[b] > sidePresence[a]) {
            reg = b;
            irr = a;
        }
        double pr = sidePresence[reg];
        double pi = sidePresence[irr];
        double committedR = p.committedShare() * pr;
        double committedI = p.committedShare() * pi;
        double fireR = p.lanchesterFire() * sideFire[reg] * air[reg];
        double fireI = p.lanchesterFire() * sideFire[irr] * air[irr];
        // The insurgents' choice: mass for a set battle only if the square law favours them enough.
        double ratio = (fireI * committedI * committedI) / Math.max(1e-12, fireR * committedR * committedR);
        boolean setBattle = ratio >= p.massingThreshold();
        double[] after;
        double lossR;
        double lossI;
        if (setBattle) {
            after = Attrition.lanchesterSquare(committedR, committedI, fireR, fireI, p.battleDays());
            lossR = committedR - after[0];
            lossI = committedI - after[1];
        } else {
            double coverFactor = cover ? p.terrainCover() : 1.0;
            // Airstrikes are area fire on guerrillas that ISR has found: both multiply it.
            double areaFire = p.deitchmanAreaFire() * sideFire[reg] * sideIsr[reg] * air[reg] * coverFactor;
            double aimed = p.deitchmanAimedFire() * sideFire[irr];
            after = Attrition.deitchman(committedI, committedR, areaFire, aimed, p.ambushDays());
            lossI = committedI - after[0];
            lossR = committedR - after[1];
        }
        double exchange = (lossR + 1e-9) / (lossI + 1e-9);
        double initiative = Math.pow(Math.min(p.exchangeClamp(), Math.max(1 / p.exchangeClamp(), exchange)), p.insurgentInitiative());
        // Mass action on densities: encounters per week grow with both sides' densities times
        // the area, i.e. P_a P_b / area, which does not change with the grid's resolution.
        double mass = pr * pi / w.geo.areaKm2(c);
        double lambda = p.contactRate() * mass * (sideEngagement[reg] + sideEngagement[irr] * initiative);
        int k = poisson(random, lambda);
        if (k == 0) return 0;
        // Each engagement costs the same expected losses; cap at what is present.
        double totalR = Math.min(pr * p.maxWeeklyLoss(), k * lossR);
        double totalI = Math.min(pi * p.maxWeeklyLoss(), k * lossI);
        takeLosses(w, c, reg, totalR);
        takeLosses(w, c, irr, totalI);
        double civ = 0;
        // k engagements of Poisson(h) victims each: one Poisson(k h) draw, the same distribution.
        double harmR = poisson(random, k * sideHarm[reg]);
        double harmI = poisson(random, k * sideHarm[irr]);
        w.civiliansKilledBy[reg][c] += harmR;
        w.civiliansKilledBy[irr][c] += harmI;
        civ += harmR + harmI;
        w.violence[c] += k;
        w.killed[c] += totalR + totalI + civ;
        w.weekViolentEvents += k;
        w.weekFatalities += totalR + totalI + civ;
        w.weekCivilianFatalities += civ;
        w.lastEngagementSetBattle[c] = setBattle;
        return k;
    }

    private static void takeLosses(WorldState w, int c, int side, double losses) {
        if (losses <= 0) return;
        double total = sidePresenceRaw(w, side, c);
        if (total <= 0) return;
        double k = Math.max(0, 1 - losses / total);
        for (int f = 0; f < Force.COUNT; f++) if (Force.of(f).side().ordinal() == side) w.presence[f][c] *= k;
    }

    /** A Poisson draw (Knuth for small means, normal approximation for large ones). */
    public static int poisson(MersenneTwisterFast random, double mean) {
        if (mean <= 0) return 0;
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double l = Math.exp(-mean);
        int k = 0;
        double prod = random.nextDouble();
        while (prod > l) {
            k++;
            prod *= random.nextDouble();
        }
        return k;
    }
}
