package org.sahelsim.model.submodels;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
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
 * claim, "What Islamists really feared were French airstrikes". How often they attack reads the
 * better of the two forms' exchanges for them, the ambush being always open: massing, where the
 * defender's air power no longer forbids it, never makes them attack less often. Where the regular side's fire
 * in the cell (square law) is {@code evadeRatio} times theirs or more, the insurgents disperse and
 * avoid battle: only {@code evadedContact} of the engagements happen, so they lose less and keep
 * their numbers, and with them their hold of the cell, until the column has gone.
 *
 * <p>Casualties come from the closed forms in {@link Attrition} applied to the committed share of
 * each side's local presence, and are taken from the forces in proportion to their presence.
 * Civilian harm is drawn per engagement from each force's rate and attributed to its side.
 */
public final class Combat extends Submodel {
    private static final long serialVersionUID = 1L;

    private final CombatParams p;
    /** What each side brings to a fight in each cell this week (scratch kept from week to week). */
    private transient SideTroops.Fighting fighting;
    /** Each pair of sides in each cell this week, whether they meet and the bound on their engagements ({@link #bound}); scratch. */
    private transient double[] pairs;
    /** Whether two hostile sides both fight in each cell this week ({@link #bound}); scratch. */
    private transient boolean[] contact;
    /**
     * Each cell's rate of all the bounds of its pairs settled by them ({@link CellEngagements#total}),
     * and whether a pair of it has no usable bound and is worked out whole ({@link #settle}); scratch.
     */
    private transient double[] cellTotal;
    private transient boolean[] cellWhole;
    /** Each fixed block of cells' draws this week ({@link Block}); scratch kept from week to week. */
    private transient Block[] blocks;
    /** Each side's air power this week. */
    private final double[] air = new double[Side.COUNT];
    /** Each force's engagement this week (none while suspended), and the share of its troops that fight at all. */
    private final double[] forceEngagement = new double[Force.COUNT];
    private final double[] forceEngaged = new double[Force.COUNT];
    /** The bounds of the insurgents' initiative (see {@link #settleInitiative}). */
    private double initiativeLow;
    private double initiativeHigh;
    /**
     * Whether the pairs of a cell are settled together by the bounds on their rates before their
     * attrition is computed ({@link CellEngagements}; always, but in a test: without it each pair
     * is worked out whole and drawn on its own at its exact rate, the same distribution).
     */
    boolean settleEarly = true;

    /** The largest mean drawn by Knuth's method; above it, the normal approximation. */
    private static final double KNUTH_MAX = 30;

    /** The rule whose random numbers of its own ({@link Week#stream(long, int)}) draw each block's engagements. */
    private static final long STREAM = 0xc0b47L;

    /** The incidents in which civilians die. */
    private final Atrocities atrocities;

    /** Combat whose civilian harm is drawn a victim at a time (for tests of the fighting alone). */
    public Combat(CombatParams params) {
        this(params, new Atrocities(null));
    }

    public Combat(CombatParams params, Atrocities atrocities) {
        this.p = params;
        this.atrocities = atrocities;
    }

    /** The random numbers of each fixed block of cells ({@link CellSweep#BLOCK} cells) for its draws this week. */
    @FunctionalInterface
    interface Streams {
        MersenneTwisterFast of(int block);
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

    @Override
    public void step(WorldState w, Week week) {
        week(w, week.random(), block -> week.stream(STREAM, block));
    }

    /**
     * Runs a week of combat, each block's draws from a stream seeded by a number drawn from
     * {@code random} and the block (for tests: each call its own draws). Returns the number of
     * engagements.
     */
    public int week(WorldState w, MersenneTwisterFast random) {
        long seed = random.nextLong();
        return week(w, random, block -> new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), block}));
    }

    /**
     * Runs a week of combat. Which cells engage, which pairs and how many times are drawn block by
     * block on the run's threads, each fixed block of cells from its own random numbers
     * ({@code streams}); the fights that follow (losses, civilian harm) are applied afterwards on
     * the calling thread, in the cells' order, their incidents drawn from {@code random}. Returns
     * the number of engagements.
     */
    int week(WorldState w, MersenneTwisterFast random, Streams streams) {
        int n = w.cells;
        for (int s = 0; s < Side.COUNT; s++) air[s] = airPower(w, Side.of(s));
        // What each force brings to a fight this week, the same for every cell.
        for (int f = 0; f < Force.COUNT; f++) {
            double e = w.engagement[f];
            if (f == Force.RUSSIA.ordinal() && w.russiaSuspended) e = 0;
            forceEngagement[f] = e;
            forceEngaged[f] = Math.min(1, e * p.engagedPresence()); // share of its troops that will fight at all
        }
        settleInitiative();
        // What each side brings to a fight in each cell, the bounds and the draws, block by block on
        // the run's threads (each cell's draws read only its own values, as counted before any
        // fight); then the fights, in the cells' order.
        if (fighting == null || fighting.cells() != n) fighting = new SideTroops.Fighting(n);
        SideTroops.Fighting in = fighting;
        if (pairs == null || pairs.length != n * PAIRS) pairs = new double[n * PAIRS];
        if (contact == null || contact.length != n) {
            contact = new boolean[n];
            cellTotal = new double[n];
            cellWhole = new boolean[n];
        }
        int blockCount = (n + CellSweep.BLOCK - 1) / CellSweep.BLOCK;
        if (blocks == null || blocks.length != blockCount) {
            blocks = new Block[blockCount];
            for (int b = 0; b < blockCount; b++) blocks[b] = new Block();
        }
        double[] pairs = this.pairs;
        boolean[] contact = this.contact;
        double[] cellTotal = this.cellTotal;
        boolean[] cellWhole = this.cellWhole;
        Block[] blocks = this.blocks;
        boolean early = settleEarly;
        w.cellSweep().sweep(n, (from, to) -> {
            in.count(w, forceEngagement, forceEngaged, from, to);
            bound(w, in, early, pairs, contact, from, to);
            settle(pairs, contact, cellTotal, cellWhole, from, to);
            for (int b = from / CellSweep.BLOCK; b * CellSweep.BLOCK < to; b++) {
                blocks[b].draw(w, in, streams, b, Math.max(from, b * CellSweep.BLOCK), Math.min(to, (b + 1) * CellSweep.BLOCK));
            }
        });
        int events = 0;
        for (Block block : blocks) {
            for (int i = 0; i < block.fights; i++) events += apply(w, random, block, i);
            block.w = null;
            block.in = null;
        }
        w.recountMovedStrength();
        return events;
    }

    /**
     * One fixed block of cells' draws in a week: which of its cells engage, which pairs and how
     * many times, from the block's own random numbers in its cells' order, and what each fight
     * will cost (kept for {@link #apply}); with the scratch its draws need, so that blocks may be
     * drawn on different threads.
     */
    private final class Block {
        private final double[] sideFire = new double[Side.COUNT];
        private final double[] sideIsr = new double[Side.COUNT];
        private final double[] sideEngagement = new double[Side.COUNT];
        private final double[] sideHarm = new double[Side.COUNT];
        private final double[] sidePresence = new double[Side.COUNT];
        /** Each pair's engagements this cell, its rate, and what one engagement costs each side (see {@link #engage}). */
        private final int[] engaged = new int[PAIRS];
        private final double[] engagedRate = new double[PAIRS];
        private final int[] pairRegular = new int[PAIRS];
        private final int[] pairIrregular = new int[PAIRS];
        private final double[] pairLossR = new double[PAIRS];
        private final double[] pairLossI = new double[PAIRS];
        private final boolean[] pairSetBattle = new boolean[PAIRS];
        private final CellEngagements.Rate rate = this::rateOf;
        /** The cell being drawn, the one whose presence is read into the sides' rows, and the world and sums drawn from. */
        private int cell;
        private int here = -1;
        private WorldState w;
        private SideTroops.Fighting in;
        /** The fights drawn, in the cells' order: each one's cell, number of engagements and what they cost. */
        private int fights;
        private int[] fightCell = new int[8];
        private int[] fightCount = new int[8];
        private int[] fightRegular = new int[8];
        private int[] fightIrregular = new int[8];
        private double[] fightLossR = new double[8];
        private double[] fightLossI = new double[8];
        private double[] fightPresenceR = new double[8];
        private double[] fightPresenceI = new double[8];
        private double[] fightHarmR = new double[8];
        private double[] fightHarmI = new double[8];
        private boolean[] fightSetBattle = new boolean[8];

        /** Draws cells {@code from} to {@code to − 1} of block {@code block}, from the block's own random numbers. */
        void draw(WorldState w, SideTroops.Fighting in, Streams streams, int block, int from, int to) {
            this.w = w;
            this.in = in;
            here = -1;
            fights = 0;
            double[] pairs = Combat.this.pairs;
            boolean[] contact = Combat.this.contact;
            MersenneTwisterFast random = null;
            for (int c = from; c < to; c++) {
                if (!contact[c]) continue;
                if (random == null) random = streams.of(block);
                // The cell's first uniform; most cells end with it (no candidate, no pair worked out whole).
                double total = cellTotal[c];
                double first = Double.NaN;
                if (total > 0) {
                    first = random.nextDouble();
                    if (!cellWhole[c] && CellEngagements.none(first, total)) continue;
                }
                // Most weeks most pairs do not meet. A pair's rate of engagements lies between its
                // values at the least and the greatest initiative (bound below); the pairs settled by
                // their bounds are drawn together, one uniform for the cell where none engages
                // (CellEngagements), and their rates worked out only for a candidate engagement.
                cell = c;
                boolean settled = CellEngagements.draw(random, first, total, pairs, c * PAIRS, PAIRS, rate, engaged, engagedRate);
                int pair = c * PAIRS;
                for (int a = 0; a < Side.COUNT; a++) {
                    for (int b = a + 1; b < Side.COUNT; b++, pair++) {
                        double bound = pairs[pair];
                        if (Double.isNaN(bound)) continue; // the two do not meet here
                        int j = pair - c * PAIRS;
                        int k;
                        if (bound >= 0) {
                            if (!settled || engaged[j] == 0) continue;
                            k = engaged[j];
                        } else {
                            // A pair with no usable bound: its rate worked out, its engagements drawn on their own.
                            k = poisson(random, engage(j, a, b));
                        }
                        if (k > 0) keep(c, j, k);
                    }
                }
            }
        }

        /** Keeps pair {@code j}'s {@code k} engagements in cell {@code c}, as {@link #engage} worked them out, for {@link #apply}. */
        private void keep(int c, int j, int k) {
            if (fights == fightCell.length) {
                int size = 2 * fights;
                fightCell = Arrays.copyOf(fightCell, size);
                fightCount = Arrays.copyOf(fightCount, size);
                fightRegular = Arrays.copyOf(fightRegular, size);
                fightIrregular = Arrays.copyOf(fightIrregular, size);
                fightLossR = Arrays.copyOf(fightLossR, size);
                fightLossI = Arrays.copyOf(fightLossI, size);
                fightPresenceR = Arrays.copyOf(fightPresenceR, size);
                fightPresenceI = Arrays.copyOf(fightPresenceI, size);
                fightHarmR = Arrays.copyOf(fightHarmR, size);
                fightHarmI = Arrays.copyOf(fightHarmI, size);
                fightSetBattle = Arrays.copyOf(fightSetBattle, size);
            }
            int i = fights++;
            int reg = pairRegular[j];
            int irr = pairIrregular[j];
            fightCell[i] = c;
            fightCount[i] = k;
            fightRegular[i] = reg;
            fightIrregular[i] = irr;
            fightLossR[i] = pairLossR[j];
            fightLossI[i] = pairLossI[j];
            fightPresenceR[i] = sidePresence[reg];
            fightPresenceI[i] = sidePresence[irr];
            fightHarmR[i] = sideHarm[reg];
            fightHarmI[i] = sideHarm[irr];
            fightSetBattle[i] = pairSetBattle[j];
        }

        /** Pair {@code j}'s exact rate in the cell being drawn ({@link CellEngagements}). */
        private double rateOf(int j) {
            int pair = 0;
            for (int a = 0; a < Side.COUNT; a++) {
                for (int b = a + 1; b < Side.COUNT; b++, pair++) if (pair == j) return engage(j, a, b);
            }
            throw new IllegalArgumentException("no pair " + j);
        }

        /**
         * Pair {@code j} (sides {@code a < b}) in the cell being drawn: what an engagement between
         * them costs each side and whether it is a set battle (kept for {@link #apply}), and their
         * rate of engagements this week, returned. When the state is one of them it is the regular
         * side; between two insurgent groups, the stronger acts as the regular side. Every pair of
         * a cell is worked out from the cell's presence as counted, before any of its fights.
         */
        private double engage(int j, int a, int b) {
            WorldState w = this.w;
            int c = cell;
            if (here != c) {
                // The cell's presence is as counted: only its own fights change it, and none came before.
                for (int s = 0; s < Side.COUNT; s++) {
                    sidePresence[s] = in.fighting[s][c];
                    sideEngagement[s] = in.engagement[s][c];
                }
                in.detail(w, forceEngagement, c, sideFire, sideIsr, sideHarm);
                here = c;
            }
            boolean cover = w.geo.terrain(c) == Terrain.ADRAR_DES_IFOGHAS || w.geo.terrain(c) == Terrain.INNER_NIGER_DELTA;
            int reg = a;
            int irr = b;
            if (a != Side.STATE.ordinal() && sidePresence[b] > sidePresence[a]) {
                reg = b;
                irr = a;
            }
            double pr = sidePresence[reg];
            double pi = sidePresence[irr];
            // Mass action on densities: encounters per week grow with both sides' densities times
            // the area, i.e. P_a P_b / area, which does not change with the grid's resolution.
            double mass = pr * pi / w.geo.areaKm2(c);
            double committedR = p.committedShare() * pr;
            double committedI = p.committedShare() * pi;
            double fireR = p.lanchesterFire() * sideFire[reg] * air[reg];
            double fireI = p.lanchesterFire() * sideFire[irr] * air[irr];
            // The insurgents' choice: mass for a set battle only if the square law favours them enough.
            double ratio = (fireI * committedI * committedI) / Math.max(1e-12, fireR * committedR * committedR);
            boolean setBattle = ratio >= p.massingThreshold();
            double coverFactor = cover ? p.terrainCover() : 1.0;
            // Airstrikes are area fire on guerrillas that ISR has found: both multiply it.
            double areaFire = p.deitchmanAreaFire() * sideFire[reg] * sideIsr[reg] * air[reg] * coverFactor;
            double aimed = p.deitchmanAimedFire() * sideFire[irr];
            double[] ambush = Attrition.deitchman(committedI, committedR, areaFire, aimed, p.ambushDays());
            double ambushLossI = committedI - ambush[0];
            double ambushLossR = committedR - ambush[1];
            double lossR = ambushLossR;
            double lossI = ambushLossI;
            // How often the insurgents strike reads the better of their two forms for them: the ambush
            // is always open to them, so massing, where the square law allows it, never makes them
            // strike less often than they would by hit-and-run (without it, the state's losing its
            // aircraft, which lets them mass, made them fight less often).
            double exchange = (ambushLossR + 1e-9) / (ambushLossI + 1e-9);
            if (setBattle) {
                double[] after = Attrition.lanchesterSquare(committedR, committedI, fireR, fireI, p.battleDays());
                lossR = committedR - after[0];
                lossI = committedI - after[1];
                exchange = Math.max(exchange, (lossR + 1e-9) / (lossI + 1e-9));
            }
            double initiative = Math.pow(Math.min(p.exchangeClamp(), Math.max(1 / p.exchangeClamp(), exchange)), p.insurgentInitiative());
            double lambda = rate(mass, reg, irr, initiative);
            // Faced with a column that outguns them, the insurgents disperse into the villages and the
            // bush: they are found less often, lose less, and are still there when it has gone.
            if (1 / Math.max(1e-12, ratio) >= p.evadeRatio()) lambda *= p.evadedContact();
            pairRegular[j] = reg;
            pairIrregular[j] = irr;
            pairLossR[j] = lossR;
            pairLossI[j] = lossI;
            pairSetBattle[j] = setBattle;
            return lambda;
        }

        /** The expected engagements a week between the regular side {@code reg} and the irregular {@code irr}. */
        private double rate(double mass, int reg, int irr, double initiative) {
            return p.contactRate() * mass * (sideEngagement[reg] + sideEngagement[irr] * initiative);
        }
    }

    /**
     * The least and greatest initiative the clamp allows: the exchange ratio is held within
     * [1/clamp, clamp] before it is raised to the insurgents' elasticity, so the initiative, and
     * with it the rate of engagements, is bounded before any attrition is computed.
     */
    private void settleInitiative() {
        double clamp = p.exchangeClamp();
        double low = Math.pow(Math.min(clamp, Math.max(1 / clamp, Double.NEGATIVE_INFINITY)), p.insurgentInitiative());
        double high = Math.pow(Math.min(clamp, Math.max(1 / clamp, Double.POSITIVE_INFINITY)), p.insurgentInitiative());
        initiativeLow = Math.min(low, high);
        initiativeHigh = Math.max(low, high);
    }

    /**
     * Whether two hostile sides both fight in each cell {@code c} of {@code from} to {@code to − 1},
     * {@code contact[c]}, and for each pair of sides {@code a < b} there, {@code pairs[c × PAIRS + k]} (k: the pairs in the order
     * {@code a}, then {@code b}): NaN where the two do not meet (at peace, or one of them has no
     * one fighting there); else the greatest rate of engagements the initiative's bounds allow,
     * when the least is above zero and the greatest small enough for Knuth's draw and {@code early}
     * allows settling pairs by it; else −1 (the pair is evaluated whole). Each cell's own values
     * only, so any block may be bounded on its own thread; a cell's pairs lie side by side for its
     * block's draws.
     */
    private void bound(WorldState w, SideTroops.Fighting in, boolean early, double[] pairs, boolean[] contact, int from, int to) {
        final int sides = Side.COUNT;
        double[][] fighting = in.fighting;
        double[][] engagement = in.engagement;
        boolean[][] hostile = w.hostile;
        int state = Side.STATE.ordinal();
        double contactRate = p.contactRate();
        double low = initiativeLow;
        double high = initiativeHigh;
        Arrays.fill(contact, from, to, false);
        // Pair by pair over the cells, with selects rather than jumps: whether the two meet, which
        // is the regular side, and the bound are each cell's own.
        int pair = 0;
        for (int a = 0; a < sides; a++) {
            for (int b = a + 1; b < sides; b++, pair++) {
                if (!hostile[a][b]) {
                    for (int c = from; c < to; c++) pairs[c * PAIRS + pair] = Double.NaN;
                    continue;
                }
                double[] fa = fighting[a];
                double[] fb = fighting[b];
                double[] ea = engagement[a];
                double[] eb = engagement[b];
                boolean regular = a == state;
                for (int c = from; c < to; c++) {
                    double x = fa[c];
                    double y = fb[c];
                    boolean meet = x > 0 && y > 0;
                    contact[c] |= meet;
                    double value;
                    if (!early) {
                        value = -1;
                    } else {
                        boolean swap = !regular && y > x;
                        double eReg = swap ? eb[c] : ea[c];
                        double eIrr = swap ? ea[c] : eb[c];
                        // Mass action on densities, as the fight works it out (a product is the same either way round).
                        double mass = x * y / w.geo.areaKm2(c);
                        double rateLow = contactRate * mass * (eReg + eIrr * low);
                        double rateHigh = contactRate * mass * (eReg + eIrr * high);
                        double least = Math.min(rateLow, rateHigh);
                        double greatest = Math.max(rateLow, rateHigh);
                        value = least > 0 && greatest <= KNUTH_MAX ? greatest : -1;
                    }
                    pairs[c * PAIRS + pair] = meet ? value : Double.NaN;
                }
            }
        }
    }

    /**
     * For each cell {@code c} of {@code from} to {@code to − 1} where two hostile sides meet, the
     * rate of all the bounds of its pairs ({@link CellEngagements#total}, added as the draw adds
     * them) and whether a pair of it is worked out whole (no usable bound); each cell's own
     * values, so any block may be settled on its own thread, leaving its draws only their uniforms.
     */
    private static void settle(double[] pairs, boolean[] contact, double[] cellTotal, boolean[] cellWhole, int from, int to) {
        for (int c = from; c < to; c++) {
            if (!contact[c]) continue;
            int base = c * PAIRS;
            boolean whole = false;
            for (int j = 0; j < PAIRS; j++) whole |= pairs[base + j] < 0;
            cellTotal[c] = CellEngagements.total(pairs, base, PAIRS);
            cellWhole[c] = whole;
        }
    }

    /** The pairs of sides {@code a < b}. */
    private static final int PAIRS = Side.COUNT * (Side.COUNT - 1) / 2;

    private static double sidePresenceRaw(WorldState w, int side, int c) {
        double s = 0;
        for (int f = 0; f < Force.COUNT; f++) if (Force.of(f).side().ordinal() == side) s += w.presence[f][c];
        return s;
    }

    /** Fight {@code i} of {@code block} (drawn there): the losses of its engagements and their civilian harm. */
    private int apply(WorldState w, MersenneTwisterFast random, Block block, int i) {
        int c = block.fightCell[i];
        int k = block.fightCount[i];
        int reg = block.fightRegular[i];
        int irr = block.fightIrregular[i];
        // Each engagement costs the same expected losses; cap at what is present.
        double totalR = Math.min(block.fightPresenceR[i] * p.maxWeeklyLoss(), k * block.fightLossR[i]);
        double totalI = Math.min(block.fightPresenceI[i] * p.maxWeeklyLoss(), k * block.fightLossI[i]);
        takeLosses(w, c, reg, totalR);
        takeLosses(w, c, irr, totalI);
        double civ = 0;
        // k engagements of h victims each on average, killed in incidents.
        double harmR = block.fightHarmR[i];
        civ += atrocities.kill(w, random, reg, c, -1, k * harmR);
        civ += atrocities.kill(w, random, irr, c, -1, k * block.fightHarmI[i]);
        civ += atrocities.reprisal(w, random, reg, irr, c, k, harmR);
        w.tallyViolence(c, k, totalR + totalI + civ);
        w.weekCivilianFatalities += civ;
        w.lastEngagementSetBattle[c] = block.fightSetBattle[i];
        return k;
    }

    private static void takeLosses(WorldState w, int c, int side, double losses) {
        if (losses <= 0) return;
        double total = sidePresenceRaw(w, side, c);
        if (total <= 0) return;
        double k = Math.max(0, 1 - losses / total);
        for (int f = 0; f < Force.COUNT; f++) {
            if (Force.of(f).side().ordinal() != side) continue;
            w.troops.killed[f] += w.presence[f][c] * (1 - k);
            w.presence[f][c] *= k;
            w.presenceMoved(f);
        }
    }

    /** A Poisson draw (Knuth for small means, normal approximation for large ones). */
    public static int poisson(MersenneTwisterFast random, double mean) {
        if (mean <= 0) return 0;
        if (mean > KNUTH_MAX) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        return knuth(random, random.nextDouble(), mean);
    }

    /** Knuth's Poisson draw of mean 0 < {@code mean} ≤ {@link #KNUTH_MAX}, its first uniform already drawn. */
    static int knuth(MersenneTwisterFast random, double first, double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double prod = first;
        while (prod > l) {
            k++;
            prod *= random.nextDouble();
        }
        return k;
    }
}
