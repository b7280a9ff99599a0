package org.sahelsim.model.operations;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.ChangeOfHands;
import org.sahelsim.model.Force;
import org.sahelsim.model.Intentions;
import org.sahelsim.model.Places;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.Words;
import org.sahelsim.model.params.CombatParams;
import org.sahelsim.model.params.OperationParams;
import org.sahelsim.model.params.PlaceParams;
import org.sahelsim.model.params.RelationParams;
import org.sahelsim.model.submodels.CellSweep;
import org.sahelsim.model.submodels.Combat;
import org.sahelsim.model.submodels.HeldPlaceStrikes;
import org.sahelsim.model.world.Earth;
import org.sahelsim.model.world.Place;
import org.sahelsim.model.world.PlaceKind;

/**
 * A side's monthly choice of operations (ODD §7.9). For every place it builds the options its
 * menu allows there (assault, occupy, siege or raid a place others hold or nobody holds;
 * reinforce, relieve or withdraw from its own), sizes each from the troops it has within reach,
 * and scores it by expected worth: the place's worth to the side times the chance of success,
 * less the fighters it expects to lose times what a fighter is worth to it, less the upkeep of
 * troops it ties down. It then chooses by a logit (quantal response) over the options and
 * "hold": each option with probability ∝ exp(EV / temperature). Actors err and guess, so seeds
 * tell different, plausible histories. Up to {@code per_month} operations are chosen in turn,
 * each with the troops the earlier ones left.
 */
public final class Planner implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final OperationParams p;
    private final PlaceParams places;
    private final CombatParams combat;
    private final Reach reach;
    /** Whether an insurgent side under its blockade would rather strangle the capital than storm it. */
    private final Strangling strangling;
    /** This menu's weighings of storming against strangling the capital, for the month's log (scratch, not saved). */
    private transient List<Strangling.Weighing> weighings;
    /** The survey of the menu being drawn up (see {@link #survey}); scratch, reused from menu to menu. */
    private transient double[] own;
    private transient double[][] all;
    /** Running totals of {@code own} over the cells: at {@code c} the sum over the cells before {@code c}. */
    private transient double[] ownRuns;
    /**
     * Running totals of {@code all} over the cells, side by side: at {@code RUN * c} each side's
     * sum of {@code all} over the cells before {@code c}, so that a run's two ends are two short
     * reads rather than eight.
     */
    private transient double[] runs;
    private static final int RUN = Side.COUNT;
    /** Each side's sums within reach and within half the reach of each place, and whether this menu has taken them yet. */
    private transient double[][] reachSums;
    private transient boolean[] reachSummed;
    private transient double[][] nearSums;
    private transient boolean[] nearSummed;
    private transient double[] ownSums;
    private transient boolean[] ownSummed;
    private transient double ownTotal;
    /** The menu being drawn up, and the places already aimed at; scratch, reused from menu to menu. */
    private transient Menu menu;
    private transient boolean[] targeted;
    /** The run's threads for its cells (the same results on any number). */
    private final CellSweep cells;

    public Planner(OperationParams params, PlaceParams places, CombatParams combat, Reach reach) {
        this(params, places, combat, reach, CellSweep.on(1));
    }

    /** @param cells the run's threads for its cells (the survey of the map sweeps them) */
    public Planner(OperationParams params, PlaceParams places, CombatParams combat, Reach reach, CellSweep cells) {
        this.cells = cells;
        this.p = params;
        this.places = places;
        this.combat = combat;
        this.reach = reach;
        this.strangling = new Strangling(params.strangle());
    }

    public OperationParams params() {
        return p;
    }

    public Reach reach() {
        return reach;
    }

    /**
     * An option on the menu, made only for an option launched or shown (the menu itself is
     * numbers, {@link Menu}); {@code why} is why it was put on the menu, in numbers, put in words
     * when read ({@link #reason}); {@code breaks} is the side whose truce it would break, or -1.
     */
    record Option(OperationKind kind, int place, double troops, double chance, double expectedLoss, double ev, CharSequence why, int breaks) {
        /** Why it was put on the menu, in words. */
        String reason() {
            return why.toString();
        }

        /** Its id in orders and menus, e.g. {@code assault:kidal}. */
        String id(WorldState w) {
            return kind.key() + ":" + w.places.place(place).id();
        }
    }

    /**
     * Chooses and launches this month's operations for {@code side}, with the troops of
     * {@code given} (its usable forces).
     *
     * <p>The list is copied into an {@link ArrayList} first, whatever list the caller gave: the
     * state's forces come as an {@code ArrayList}, an armed group's as {@code List.of(force)}, and
     * the optimising compiler, having seen one kind of list in the planner's loops over the forces,
     * took the type for granted ahead of the loop; the other kind then failed that check, and the
     * menu's whole compiled code (seconds of compiler time) was thrown away and
     * compiled again, run after run in a warm JVM (docs/PERFORMANCE.md, "The compilers' work in a
     * warm JVM").
     */
    public synchronized void plan(WorldState w, Week week, Side side, List<Force> given) {
        List<Force> forces = new ArrayList<>(given);
        MersenneTwisterFast random = week.random();
        double[] error = intelligenceErrors(w, random);
        if (w.orders.given(side.key())) {
            // A player's orders: the operations named, in order, as far as the troops go.
            int launched = 0;
            for (String id : w.orders.of(side.key())) {
                if (launched >= p.perMonth()) break;
                Menu menu = options(w, week, side, forces, error);
                for (int i = 0; i < menu.size(); i++) {
                    if (menu.id(i, w).equals(id)) {
                        launch(w, week, side, forces, menu.option(i));
                        launched++;
                        break;
                    }
                }
            }
            return;
        }
        // A group whose leader has been killed plans nothing until a successor takes hold.
        if (w.leaderlessMonths[side.ordinal()] > 0) return;
        for (int round = 0; round < p.perMonth(); round++) {
            Menu menu = options(w, week, side, forces, error);
            if (round == 0) strangling.log(w, week, side, weighings);
            int pick = menu.choose(p.temperature(), random);
            if (pick < 0) return;
            launch(w, week, side, forces, menu.option(pick));
        }
    }

    /**
     * The side's operations menu as a player sees it: every option with its expected worth in the
     * label and its chance of success. {@code random} only blurs what the side knows of enemy
     * garrisons; pass a generator of your own so the run's is not touched.
     */
    public synchronized List<org.sahelsim.model.actors.MenuItem> menuItems(WorldState w, Week week, Side side, List<Force> given, MersenneTwisterFast random) {
        List<Force> forces = new ArrayList<>(given); // one kind of list, as in plan
        List<org.sahelsim.model.actors.MenuItem> out = new ArrayList<>();
        for (Option o : menu(w, week, side, forces, intelligenceErrors(w, random))) {
            String label = String.format(Locale.ROOT, "%s %s: %s; expected worth %.0f%s", o.kind().key(), w.places.place(o.place()).name(),
                    o.reason(), o.ev(), o.breaks() >= 0 ? " (breaks the truce with " + Side.of(o.breaks()).label() + ")" : "");
            out.add(new org.sahelsim.model.actors.MenuItem(o.id(w), label, o.chance()));
        }
        return out;
    }

    /**
     * The month's errors in counting each place's defenders, in standard deviations: one picture
     * of the enemy a month, drawn before the side weighs its options, so choosing among options
     * does not draw again and again until some count comes out low.
     */
    static double[] intelligenceErrors(WorldState w, MersenneTwisterFast random) {
        double[] error = new double[w.places.count()];
        for (int q = 0; q < error.length; q++) error[q] = random.nextGaussian();
        return error;
    }

    /**
     * Every option the side has this month, with its expected worth; {@code error} is the month's
     * error in counting each place's defenders ({@link #intelligenceErrors}).
     */
    List<Option> menu(WorldState w, Week week, Side side, List<Force> forces, double[] error) {
        Menu menu = options(w, week, side, forces, error);
        List<Option> out = new ArrayList<>(menu.size());
        for (int i = 0; i < menu.size(); i++) out.add(menu.option(i));
        return out;
    }

    /** The menu of {@link #menu}, as numbers: this planner's own, emptied and filled again at each call. */
    private Menu options(WorldState w, Week week, Side side, List<Force> forces, double[] error) {
        Places pl = w.places;
        int s = side.ordinal();
        if (weighings == null) weighings = new ArrayList<>();
        weighings.clear();
        survey(w, side, forces);
        // What the menu asks of every place that is the same for all of them this month, worked out once.
        menuIsr = isr(w, side, forces);
        if (sideFire == null) sideFire = new double[Side.COUNT];
        java.util.Arrays.fill(sideFire, Double.NaN);
        raidAreaFire = Double.NaN;
        raidAimedFire = Double.NaN;
        double[] own = this.own;
        double[][] all = this.all;
        double fighter = places.worth().get(side.key()).fighter();
        double holdShare = places.worth().get(side.key()).holdShare();
        double ownFire = fire(w, side, forces);
        boolean[] targeted = targeted(w, s, this.targeted);
        this.targeted = targeted;
        if (menu == null) menu = new Menu();
        Menu out = menu;
        out.clear();
        for (int q = 0; q < pl.count(); q++) {
            if (targeted[q]) continue;
            Place place = pl.place(q);
            int h = pl.holder[q];
            double worth = pl.worth[s][q];
            Intentions.Intention intent = side == Side.STATE ? w.intentions.on(w, q, week.tick()) : null;
            if (intent != null) worth *= p.intentionWorth();
            // Near the border of a neighbour that objects, what the state would win by an operation is
            // weighed against the risk of an incident with it (BorderShelter).
            double sheltered = w.shelter[place.cell()];
            if (side == Side.STATE && h != s && sheltered > 0) worth *= 1 - sheltered;
            double hold = hold(holdShare, place);
            if (h == s) {
                ownPlaceOptions(w, q, side, hold * worth, available(q, intent), fighter, all, out);
                continue;
            }
            // A place held by a side under truce, or empty on its home ground, may be taken only by breaking the truce.
            int truce = -1;
            if (h != Places.NOBODY && !w.hostile[s][h]) {
                if (w.relations.between(side, Side.of(h)) != RelationParams.Status.TRUCE) continue;
                truce = h;
            } else if (h == Places.NOBODY) {
                for (Side o : Side.values()) {
                    if (o != side && w.relations.between(side, o) == RelationParams.Status.TRUCE
                            && w.relations.homeGround(o, place.region())) truce = o.ordinal();
                }
            }
            if (worth <= 0) continue;
            // Summed only for the places that can be on the menu: the sums around a place are most of a menu's cost.
            double avail = available(q, intent);
            int before = out.size();
            double take = intent != null ? avail : avail * p.commitShare();
            if (take < p.minTroops()) continue;
            if (h == Places.NOBODY) {
                if (allysGround(w, side, place.cell())) continue;
                double hostileHere = hostileInCell(w, s, place.cell(), all);
                if (hostileHere < 1) {
                    double size = Math.min(take, Math.max(p.minTroops(), pl.standardGarrison[q]));
                    double ev = hold * worth - (p.upkeep() + fighter * struck(w, side, q)) * size;
                    out.add(OperationKind.OCCUPY, q, size, 1, 0, ev, "worth %.0f, nobody holds it", worth);
                } else {
                    assault(w, q, side, forces, hold * worth, take, hostileHere, p.intelligence() / Math.max(1, menuIsr), 1.0, 1.0,
                            fighter, ownFire, out, OperationKind.OCCUPY);
                }
                breakingTruce(w, out, before, truce);
                continue;
            }
            Side holder = Side.of(h);
            double garrison = pl.sideGarrison(holder, q);
            double defenders = garrison + all[h][place.cell()];
            Estimate seen = estimate(w, side, forces, q, defenders, error[q]);
            double defFire = sideFire(w, holder);
            assault(w, q, side, forces, hold * worth, take, seen.median(), seen.spread(), defFire, pl.defences[q], fighter, ownFire, out,
                    OperationKind.ASSAULT);
            if (garrison > 0 && side.insurgent()) siege(w, q, side, worth, hold, take, seen.median(), garrison, holder, fighter, ownFire, defFire, all, out);
            if (side.insurgent() && h == Side.STATE.ordinal()) raid(w, q, side, worth, avail, seen.median(), fighter, out);
            strangling(w, side, q, worth, out, before);
            breakingTruce(w, out, before, truce);
        }
        return out;
    }

    /**
     * Charges the assaults and sieges added since {@code from} on a place of the capital with what
     * strangling the capital instead would bring (when the side's blockade is on), and notes the
     * weighing for the month's log.
     */
    private void strangling(WorldState w, Side side, int q, double worth, Menu out, int from) {
        if (!strangling.applies(w, side, q)) return;
        for (int i = from; i < out.size(); i++) {
            OperationKind kind = out.kind(i);
            if (kind != OperationKind.ASSAULT && kind != OperationKind.SIEGE) continue;
            Strangling.Weighing weighing = strangling.weigh(w, q, kind, out.ev(i), worth, out.chance(i), out.expectedLoss(i));
            out.forgoing(i, weighing);
            weighings.add(weighing);
        }
    }

    /** Whether an ally of {@code side} holds more of {@code cell} than {@code side} does: an empty place there is the ally's to take. */
    static boolean allysGround(WorldState w, Side side, int cell) {
        double own = w.control[side.ordinal()][cell];
        for (Side o : Side.values()) {
            if (o != side && w.relations.between(side, o) == RelationParams.Status.ALLIANCE && w.control[o.ordinal()][cell] > own) return true;
        }
        return false;
    }

    /** Charges the options added since {@code from} with the cost of breaking the truce with {@code truce} (if any). */
    private static void breakingTruce(WorldState w, Menu out, int from, int truce) {
        if (truce < 0) return;
        double cost = w.relations.truceCost(w);
        for (int i = from; i < out.size(); i++) out.breaking(i, truce, cost);
    }

    /**
     * What the side believes of the defenders of place {@code q} (true number {@code defenders})
     * this month: its count, off by {@code error} deviations of {@code intelligence / ISR} in logs,
     * weighed against the garrison the place's holder ordinarily keeps there ({@link Estimate}) when
     * the scenario gives {@code operations.garrison_spread}, and taken as it is when it does not.
     */
    private Estimate estimate(WorldState w, Side side, List<Force> forces, int q, double defenders, double error) {
        double s = p.intelligence() / Math.max(1, menuIsr);
        double counted = defenders * Math.exp(s * error);
        if (p.garrisonSpread() == null) return new Estimate(counted, s);
        return Estimate.of(counted, s, Math.max(p.minTroops(), w.places.standardGarrison[q]), p.garrisonSpread());
    }

    private void assault(WorldState w, int q, Side side, List<Force> forces, double worth, double take, double defenders, double spread,
                         double defFire, double defences, double fighter, double ownFire, Menu out, OperationKind kind) {
        double a = ownFire;
        double d = defFire;
        // The attacker knows its estimate of the defenders is uncertain: it sizes for its odds under
        // fortune and its estimate's spread together.
        double sigma = sigma(spread);
        double needed = Battle.attackersFor(Math.exp(sigma * Normal.quantile(p.targetOdds())), a, defenders, d, defences,
                p.attackerBreak(), p.defenderBreak()) / (1 - travelLoss(w, side));
        double size = Math.max(p.minTroops(), Math.min(take, needed));
        if (size > take) return;
        double odds = Battle.odds(size, a, defenders, d, defences, p.attackerBreak(), p.defenderBreak());
        double chance = Battle.chance(odds, sigma);
        double win = Battle.attackerLosses(size, a, defenders, d, defences, p.attackerBreak(), p.defenderBreak(), Math.max(1, 1.0001 / Math.max(odds, 1e-12)), p.routRatio(), p.routLoss());
        double lose = Battle.attackerLosses(size, a, defenders, d, defences, p.attackerBreak(), p.defenderBreak(), Math.min(1, 0.9999 / Math.max(odds, 1e-12)), p.routRatio(), p.routLoss());
        double loss = chance * win + (1 - chance) * lose;
        double garrisonKept = p.garrisonAfterCapture() * (size - win);
        // Holding it ties down a garrison, which the state's aircraft strike where it stands (a month, till the next choice).
        double ev = chance * worth - fighter * loss - chance * (p.upkeep() + fighter * struck(w, side, q)) * garrisonKept;
        out.add(kind, q, size, chance, loss, ev, "%.0f against about %.0f defenders, %.0f%% chance", size, defenders, 100 * chance);
    }

    /**
     * A siege of place {@code q}: a ring of {@code siege_ratio} times the defenders seen, broken if
     * the holder's field troops within reach relieve it, in vain if the holder's aircraft fly in
     * the garrison's supplies. It is worth the share {@code hold} of the place's worth if the place
     * falls (and then the strikes on the garrison left in it), and the rest, {@code 1 − hold}, while
     * the ring stands, whether it falls or not: the town's roads cut, its market and the traffic to
     * it taxed by the besieger and lost to the holder.
     */
    private void siege(WorldState w, int q, Side side, double worth, double hold, double take, double seen, double garrison, Side holder,
                       double fighter, double ownFire, double defFire, double[][] all, Menu out) {
        Places pl = w.places;
        double ring = Math.max(p.minTroops(), p.siegeRatio() * seen);
        if (ring > take) return;
        // The holder may relieve it: its field troops within reach against the ring in the open.
        double relief = p.commitShare() * reachAll(holder.ordinal(), q);
        double reliefOdds = Battle.odds(relief, defFire, ring, ownFire, 1, p.attackerBreak(), p.defenderBreak());
        double relieved = Battle.chance(reliefOdds, p.luck());
        double airlifted = Combat.airPower(w, holder) > 1 ? Math.min(1, p.airlift() / Math.max(1, garrison * 7)) : 0;
        double chance = (1 - relieved) * (1 - airlifted);
        double loss = relieved * p.attackerBreak() * ring;
        double weeks = pl.supplyDays[q] / 7 + 1;
        double kept = p.garrisonAfterCapture() * ring;
        double ev = chance * (hold * worth - fighter * struck(w, side, q) * kept) + (1 - relieved) * (1 - hold) * worth - fighter * loss
                - p.upkeep() * ring * weeks / 4;
        out.add(OperationKind.SIEGE, q, ring, chance, loss, ev, "%.0f to ring about %.0f defenders with %.0f days of supply, %.0f%% chance",
                ring, seen, pl.supplyDays[q], 100 * chance);
    }

    private void raid(WorldState w, int q, Side side, double worth, double avail, double seen, double fighter, Menu out) {
        double size = Math.max(p.minTroops(), p.raidShare() * avail);
        if (size > avail) return;
        // A raid is a short ambush-style fight: the raiders' expected losses from Deitchman's law.
        double loss = raidLosses(w, size, seen, side);
        // A raid holds nothing: it brings prestige and hurts the enemy's forces, not revenue.
        var aims = places.worth().get(side.key());
        Places pl = w.places;
        double gain = p.raidWorth() * (aims.political() * pl.politicalWorth[q] + aims.military() * pl.militaryWorth[q]);
        double ev = gain - fighter * loss;
        out.add(OperationKind.RAID, q, size, 1, loss, ev, "%.0f raiders against about %.0f defenders", size, seen);
    }

    /** Raiders' losses in a raid: Deitchman's guerrilla law for {@code raid_days}, the defenders firing by area. */
    double raidLosses(WorldState w, double raiders, double defenders, Side side) {
        defenders *= combat.committedShare();
        // The defenders' area fire and the raiders' aimed fire are the same for every raid of a menu: worked out at its first.
        if (Double.isNaN(raidAreaFire)) {
            raidAreaFire = combat.deitchmanAreaFire() * meanQuality(w, Side.STATE) * Combat.airPower(w, Side.STATE);
            raidAimedFire = combat.deitchmanAimedFire() * meanQuality(w, side);
        }
        double area = raidAreaFire;
        double aimed = raidAimedFire;
        double[] after = org.sahelsim.model.submodels.Attrition.deitchman(raiders, defenders, area, aimed, p.raidDays());
        return raiders - after[0];
    }

    private void ownPlaceOptions(WorldState w, int q, Side side, double worth, double avail, double fighter, double[][] all, Menu out) {
        Places pl = w.places;
        int s = side.ordinal();
        double garrison = pl.sideGarrison(side, q);
        double defFire = sideFire(w, side);
        double defenders = garrison + all[s][pl.place(q).cell()];
        // The threat: what the strongest hostile side could bring against it.
        double threat = 0;
        double threatFire = 1;
        for (int e = 0; e < Side.COUNT; e++) {
            if (e == s || !w.hostile[s][e]) continue;
            // What the enemy could bring from near by (half the reach): it has other places to strike too.
            double enemy = p.commitShare() * nearAll(e, q);
            if (enemy > threat) {
                threat = enemy;
                threatFire = sideFire(w, Side.of(e));
            }
        }
        double lose = Battle.chance(Battle.odds(threat, threatFire, defenders, defFire, pl.defences[q], p.attackerBreak(), p.defenderBreak()), p.luck());
        if (pl.besiegedBy[q] != Places.NOBODY) {
            double ring = besiegers(w, q);
            double size = Math.min(avail * p.commitShare(), Math.max(p.minTroops(), 2 * ring));
            if (size >= p.minTroops()) {
                double besiegerFire = sideFire(w, Side.of(pl.besiegedBy[q]));
                double odds = Battle.odds(size, defFire, ring, besiegerFire, 1, p.attackerBreak(), p.defenderBreak());
                double chance = Battle.chance(odds, p.luck());
                double loss = (1 - chance) * p.attackerBreak() * size + chance * 0.5 * p.attackerBreak() * size;
                out.add(OperationKind.RELIEVE, q, size, chance, loss, chance * worth - fighter * loss,
                        "%.0f against a ring of about %.0f, %.0f%% chance", size, ring, 100 * chance);
            }
        }
        double want = pl.standardGarrison[q] - garrison;
        double struck = struck(w, side, q);
        if (want >= p.minTroops() && lose > 0.05) {
            double size = Math.min(want, avail * p.commitShare());
            if (size >= p.minTroops()) {
                double after = Battle.chance(Battle.odds(threat, threatFire, defenders + size, defFire, pl.defences[q],
                        p.attackerBreak(), p.defenderBreak()), p.luck());
                double ev = worth * (lose - after) - (p.upkeep() + fighter * struck) * size;
                out.add(OperationKind.REINFORCE, q, size, 1, 0, ev,
                        "%.0f to a garrison of %.0f facing about %.0f, risk of loss %.0f%% to %.0f%%", size, garrison, threat, 100 * lose, 100 * after);
            }
        }
        if (garrison > 0) {
            double ev = lose * garrison * fighter + (p.upkeep() + fighter * struck) * garrison - (1 - lose) * worth;
            out.add(OperationKind.WITHDRAW, q, garrison, 1, 0, ev, "a garrison of %.0f facing about %.0f, risk of loss %.0f%%", garrison, threat,
                    100 * lose);
        }
    }

    /**
     * The share of place {@code place}'s worth that holding it brings a side whose share for a
     * town is {@code holdShare} ({@code places.worth.<side>.hold}): {@code 1 − (1 − holdShare) × officials},
     * the officials of the place's kind saying how far it is a seat of government (the capital,
     * regional capitals and towns 1; camps, bases, mines, crossings and junctions 0, their worth
     * being the garrison, the gold or the traffic that whoever holds them has). The capital is
     * worth all of itself: whoever takes it has taken the state, not a town's dues.
     */
    private double hold(double holdShare, Place place) {
        if (place.kind() == PlaceKind.CAPITAL) return 1;
        if (officials == null) {
            double[] o = new double[PlaceKind.values().length];
            for (PlaceKind k : PlaceKind.values()) o[k.ordinal()] = places.kind(k).officials();
            officials = o;
        }
        return 1 - (1 - holdShare) * officials[place.kind().ordinal()];
    }

    /** Each kind of place's {@code officials} by ordinal, looked up once (a menu asks for every place's). */
    private transient double[] officials;

    /**
     * The share of a garrison the side expects the state's aircraft to kill in a place it holds
     * over the month to its next choice ({@link HeldPlaceStrikes#share}, four weeks at this week's
     * air power, the strikes kept at the place's shelter, {@code 1 − WorldState.shelter}): 0 for the
     * state's side, a side at peace with it, or without {@code held_strikes}.
     */
    private double struck(WorldState w, Side side, int q) {
        if (!side.insurgent() || !w.hostile[Side.STATE.ordinal()][side.ordinal()]) return 0;
        double kept = 1 - w.shelter[w.places.place(q).cell()];
        return HeldPlaceStrikes.share(kept < 1 ? p.heldStrikeRate() * kept : p.heldStrikeRate(), Combat.airPower(w, Side.STATE), 4);
    }

    /** The share of a column an insurgent side expects to lose to air strikes on its way (two weeks in the open). */
    private double travelLoss(WorldState w, Side side) {
        if (!w.hostile[side.ordinal()][Side.STATE.ordinal()]) return 0;
        double air = Combat.airPower(w, Side.STATE);
        return Math.min(0.5, 2 * p.airInterdiction() * Math.max(0, air - 1));
    }

    /** Troops besieging place {@code q}. */
    static double besiegers(WorldState w, int q) {
        double s = 0;
        for (Operation op : w.operations) if (!op.done && op.arrived && op.kind == OperationKind.SIEGE && op.place == q) s += op.total();
        return s;
    }

    /** Launches the chosen operation: takes its troops out of the field and sets the column on its way. */
    void launch(WorldState w, Week week, Side side, List<Force> forces, Option o) {
        Places pl = w.places;
        Place place = pl.place(o.place());
        String region = w.geo.regions().get(place.region()).id();
        if (o.kind() == OperationKind.WITHDRAW) {
            int cell = place.cell();
            double total = 0;
            for (int f = 0; f < Force.COUNT; f++) {
                if (Force.of(f).side() != side) continue;
                double g = pl.garrison[f][o.place()];
                w.presence[f][cell] += g;
                w.presenceMoved(f);
                total += g;
            }
            pl.clearGarrison(side, o.place());
            pl.vacate(o.place(), ChangeOfHands.WITHDRAWAL, week, "withdrawal", List.of(side.key()), Words.of(
                    "%s withdraws its garrison of %.0f from %s (%s)", side.label(), total, place.name(), o.why()));
            return;
        }
        if (o.breaks() >= 0) {
            w.relations.breakTruce(w, side, Side.of(o.breaks()), week, Words.of("it moves to %s %s (%s)",
                    o.kind().key(), place.name(), o.why()));
        }
        Intentions.Intention intent = side == Side.STATE ? w.intentions.on(w, o.place(), week.tick()) : null;
        int[] cells = intent != null ? allCells(w) : reach.cells(o.place());
        double avail = usableTroops(w, forces, cells);
        if (avail <= 0) return;
        long now = week.tick();
        Column column = Column.gather(w, forces, cells, intent != null ? null : reach.columnKm(o.place()), Math.min(1, o.troops() / avail), place);
        if (column.troops() <= 0) return;
        double km = column.distWeighted() / column.troops();
        double speed = column.speedWeighted() / column.troops();
        long weeks = Math.max(1, (long) Math.ceil(km / speed));
        double troops = column.troops();
        int origin = column.origin();
        int[] route = route(w, origin, place);
        Operation op = new Operation(o.kind(), side.ordinal(), o.place(), now, now + weeks, origin, route, o.why());
        System.arraycopy(column.taken(), 0, op.troops, 0, Force.COUNT);
        w.operations.add(op);
        week.log("operation", region, List.of(side.key()), Words.of(
                "%s %s %s with %.0f troops, %d week%s away (%s)", side.label(), verb(o.kind()), place.name(), troops,
                weeks, weeks == 1 ? "" : "s", o.why()));
    }

    /**
     * The troops of {@code forces} in {@code cells} that the side may use there. Its own small
     * method, as {@link Column#gather} is: the optimising compiler recompiles a hot loop whose
     * profile changes (every cell for an intention, a place's reach otherwise), and recompiling it
     * inside {@link #launch}, with the operation's words inlined, cost seconds of compiler time in
     * an ensemble, time the second worker thread of two had to give up to it.
     */
    private static double usableTroops(WorldState w, List<Force> forces, int[] cells) {
        double avail = 0;
        // The forces' rows, and which may be used anywhere (usable), looked up once rather than once a cell
        // (every cell for an intention); the troops added in the same order.
        int nf = forces.size();
        double[][] rows = new double[nf][];
        boolean[] anywhere = new boolean[nf];
        for (int i = 0; i < nf; i++) {
            rows[i] = w.presence[forces.get(i).ordinal()];
            anywhere[i] = forces.get(i).side() != Side.STATE;
        }
        boolean[] mayOperate = w.stateMayOperate;
        for (int c : cells) for (int i = 0; i < nf; i++) if (anywhere[i] || mayOperate[c]) avail += rows[i][c];
        return avail;
    }

    /**
     * The troops a launched operation takes from the field: by force, with their mean distance to
     * the place and mean speed (each weighted by troops), and the cell most of them start from.
     */
    private record Column(double[] taken, double troops, double distWeighted, double speedWeighted, int origin) {
        /**
         * Takes the share {@code k} of each usable force's troops in {@code cells} out of the field;
         * {@code cellKm}, when given, holds each cell's distance to the place ({@link Reach#columnKm}),
         * else it is worked out for the cells that give troops.
         */
        static Column gather(WorldState w, List<Force> forces, int[] cells, double[] cellKm, double k, Place place) {
            int nf = forces.size();
            double distWeighted = 0;
            double speedWeighted = 0;
            int origin = place.cell();
            double best = -1;
            double[] taken = new double[Force.COUNT];
            for (int j = 0; j < cells.length; j++) {
                int c = cells[j];
                double here = 0;
                double km = cellKm != null ? cellKm[j] : Double.NaN;
                for (int i = 0; i < nf; i++) {
                    Force f = forces.get(i);
                    if (!usable(w, f, c)) continue;
                    int fi = f.ordinal();
                    double t = w.presence[fi][c] * k;
                    if (t <= 0) continue;
                    w.presence[fi][c] -= t;
                    w.presenceMoved(fi);
                    taken[fi] += t;
                    here += t;
                    if (Double.isNaN(km)) km = Earth.distanceKm(w.geo.lon(c), w.geo.lat(c), place.lon(), place.lat());
                    distWeighted += t * km;
                    double speed = w.speedKmWeek[fi] * (f.side() == Side.STATE ? w.fuelMobility : 1);
                    speedWeighted += t * Math.max(1, speed);
                }
                if (here > best) {
                    best = here;
                    origin = c;
                }
            }
            double troops = 0;
            for (double t : taken) troops += t;
            return new Column(taken, troops, distWeighted, speedWeighted, origin);
        }
    }

    private static String verb(OperationKind k) {
        return switch (k) {
            case ASSAULT -> "moves to assault";
            case OCCUPY -> "moves to occupy";
            case SIEGE -> "moves to besiege";
            case RAID -> "moves to raid";
            case RELIEVE -> "sends a column to relieve";
            case REINFORCE -> "sends reinforcements to";
            case WITHDRAW -> "withdraws from";
        };
    }

    /** The cells a column crosses from {@code origin} to the place, along the straight line. */
    static int[] route(WorldState w, int origin, Place place) {
        double lon0 = w.geo.lon(origin);
        double lat0 = w.geo.lat(origin);
        double km = Earth.distanceKm(lon0, lat0, place.lon(), place.lat());
        int steps = Math.max(1, (int) Math.ceil(km / (w.geo.cellDegrees() * 111.32 / 2)));
        int[] out = new int[steps + 1];
        int m = 0;
        int last = -1;
        for (int i = 0; i <= steps; i++) {
            double f = i / (double) steps;
            int c = w.geo.cellAt(lon0 + f * (place.lon() - lon0), lat0 + f * (place.lat() - lat0));
            if (c < 0 || c == last) continue;
            out[m++] = c;
            last = c;
        }
        if (m == 0 || out[m - 1] != place.cell()) out[m++] = place.cell();
        return java.util.Arrays.copyOf(out, m);
    }

    private static int[] allCells(WorldState w) {
        int[] out = new int[w.cells];
        for (int c = 0; c < w.cells; c++) out[c] = c;
        return out;
    }

    private static boolean usable(WorldState w, Force f, int c) {
        return f.side() != Side.STATE || w.stateMayOperate[c];
    }

    /** Troops of the side's usable forces within reach of place {@code q} (from anywhere for an intention). */
    private double available(int q, Intentions.Intention intent) {
        if (intent != null) {
            if (Double.isNaN(ownTotal)) {
                double total = 0;
                for (double x : own) total += x;
                ownTotal = total;
            }
            return ownTotal * intent.share();
        }
        return ownSum(q);
    }

    /** Engaged troops of side {@code e} within reach of place {@code q}. */
    private double reachAll(int e, int q) {
        return sideSums(q, reach.spans(q), reachSums, reachSummed)[e];
    }

    /** Engaged troops of side {@code e} within half the reach of place {@code q}. */
    private double nearAll(int e, int q) {
        return sideSums(q, reach.nearSpans(q), nearSums, nearSummed)[e];
    }

    /**
     * The side's own usable troops within reach of place {@code q}, from this menu's running totals
     * over the runs of consecutive cells within reach ({@link Reach#spans}). A sum over a run is
     * the difference of two running totals, so it rounds differently from adding its cells one by
     * one (by parts in 10¹⁶ of the map's total), and a run of empty cells sums to exactly zero; a
     * few dozen runs instead of some hundreds of cells a place. Most places a menu weighs ask for
     * this sum alone (the sides' engaged troops around a place, {@link #reachSums}, only the side's
     * own places), so it is taken on its own, from its own row of running totals.
     */
    private double ownSum(int q) {
        if (ownSummed[q]) return ownSums[q];
        double[] r = ownRuns;
        double own = 0;
        int[] span = reach.spans(q);
        for (int i = 0; i < span.length; i += 2) own += r[span[i + 1] + 1] - r[span[i]];
        ownSums[q] = own;
        ownSummed[q] = true;
        return own;
    }

    /**
     * Each side's sum of this menu's survey over the runs {@code span} around place {@code q}
     * (within reach, or within half of it), as {@link #ownSum} takes the side's own, into
     * {@code sums[q]} on the menu's first call for it ({@code summed[q]}). A siege asks for the
     * holder's troops within reach, the side's own places for its enemies' within half the reach:
     * each place for one of the two, so each is taken on its own.
     */
    private double[] sideSums(int q, int[] span, double[][] sums, boolean[] summed) {
        double[] out = sums[q];
        if (summed[q]) return out;
        double[] r = runs;
        double r0 = 0;
        double r1 = 0;
        double r2 = 0;
        double r3 = 0;
        for (int i = 0; i < span.length; i += 2) {
            int first = RUN * span[i];
            int after = RUN * (span[i + 1] + 1);
            r0 += r[after] - r[first];
            r1 += r[after + 1] - r[first + 1];
            r2 += r[after + 2] - r[first + 2];
            r3 += r[after + 3] - r[first + 3];
        }
        out[0] = r0;
        out[1] = r1;
        out[2] = r2;
        out[3] = r3;
        summed[q] = true;
        return out;
    }

    /**
     * This menu's survey of the map: the side's usable troops per cell, and each side's troops
     * per cell weighted by how many of them fight (engagement, as in combat). Sums around places
     * are taken from it as they are needed.
     */
    private void survey(WorldState w, Side side, List<Force> forces) {
        int n = w.cells;
        if (own == null || own.length != n) {
            own = new double[n];
            all = new double[Side.COUNT][n];
            ownRuns = new double[n + 1];
            runs = new double[RUN * (n + 1)];
            reachSums = new double[w.places.count()][Side.COUNT];
            reachSummed = new boolean[w.places.count()];
            nearSums = new double[w.places.count()][Side.COUNT];
            nearSummed = new boolean[w.places.count()];
            ownSums = new double[w.places.count()];
            ownSummed = new boolean[w.places.count()];
            surveyedWorld = null;
        }
        // The side's forces (in the list's order), and how many of each force's troops fight.
        int[] mine = new int[forces.size()];
        int mines = 0;
        for (int i = 0; i < forces.size(); i++) if (forces.get(i).side() == side) mine[mines++] = forces.get(i).ordinal();
        int ownForces = mines;
        boolean state = side == Side.STATE;
        double[] engaged = new double[Force.COUNT];
        int[] sideOf = new int[Force.COUNT];
        for (int f = 0; f < Force.COUNT; f++) {
            engaged[f] = Math.min(1, w.engagement[f] * combat.engagedPresence());
            sideOf[f] = Force.of(f).side().ordinal();
        }
        double[] own = this.own;
        double[][] all = this.all;
        // A side's row of the survey is the same as the last menu's while none of its forces' rows
        // of presence has been written since and their engagement stands (the menus of a week
        // follow one another; a launch writes the launching side's rows alone): kept, not summed again.
        boolean[] again = new boolean[Side.COUNT];
        boolean keep = surveyedWorld == w && surveyedWrites != null;
        for (int f = 0; f < Force.COUNT; f++) {
            long writes = w.presenceWrites(f);
            if (!keep || writes != surveyedWrites[f] || Double.doubleToRawLongBits(engaged[f]) != Double.doubleToRawLongBits(surveyedEngaged[f])) {
                again[sideOf[f]] = true;
            }
        }
        // Each block's cells on the run's threads, force after force in the forces' order as before.
        cells.sweep(n, (from, to) -> {
            java.util.Arrays.fill(own, from, to, 0);
            for (int i = 0; i < ownForces; i++) {
                double[] pr = w.presence[mine[i]];
                if (!state) {
                    for (int c = from; c < to; c++) own[c] += pr[c];
                } else {
                    for (int c = from; c < to; c++) if (w.stateMayOperate[c]) own[c] += pr[c];
                }
            }
            for (int e = 0; e < Side.COUNT; e++) if (again[e]) java.util.Arrays.fill(all[e], from, to, 0);
            for (int f = 0; f < Force.COUNT; f++) {
                if (!again[sideOf[f]]) continue;
                double[] out = all[sideOf[f]];
                double[] pr = w.presence[f];
                double e = engaged[f];
                for (int c = from; c < to; c++) out[c] += pr[c] * e;
            }
        });
        assert keptRowsHold(w, again, engaged, sideOf) : "a side's row of the survey was kept after its troops moved unmarked";
        surveyedWorld = w;
        if (surveyedWrites == null) {
            surveyedWrites = new long[Force.COUNT];
            surveyedEngaged = new double[Force.COUNT];
        }
        for (int f = 0; f < Force.COUNT; f++) surveyedWrites[f] = w.presenceWrites(f);
        System.arraycopy(engaged, 0, surveyedEngaged, 0, Force.COUNT);
        running(own, all, ownRuns, runs);
        java.util.Arrays.fill(reachSummed, false);
        java.util.Arrays.fill(nearSummed, false);
        java.util.Arrays.fill(ownSummed, false);
        ownTotal = Double.NaN;
    }

    /** The world whose presence the survey's rows were last summed from, each force's count of writes then, and its engagement. */
    private transient WorldState surveyedWorld;
    private transient long[] surveyedWrites;
    private transient double[] surveyedEngaged;

    /** Whether each side's row of the survey that was kept is the one summing the presence now would give, to the bit (a check, for the tests). */
    private boolean keptRowsHold(WorldState w, boolean[] again, double[] engaged, int[] sideOf) {
        for (int e = 0; e < Side.COUNT; e++) {
            if (again[e]) continue;
            double[] row = new double[w.cells];
            for (int f = 0; f < Force.COUNT; f++) {
                if (sideOf[f] != e) continue;
                for (int c = 0; c < w.cells; c++) row[c] += w.presence[f][c] * engaged[f];
            }
            if (!java.util.Arrays.equals(row, all[e])) return false;
        }
        return true;
    }

    /**
     * {@code ownRuns}: the sums of {@code own} before each cell; {@code runs}: each side's sums of
     * {@code all[e]} before each cell ({@link #runs}); each in the cells' order, the five side by
     * side, so that one sum does not wait for another.
     */
    private static void running(double[] own, double[][] all, double[] ownRuns, double[] runs) {
        double[] a0 = all[0];
        double[] a1 = all[1];
        double[] a2 = all[2];
        double[] a3 = all[3];
        double t = 0;
        double t0 = 0;
        double t1 = 0;
        double t2 = 0;
        double t3 = 0;
        ownRuns[0] = 0;
        java.util.Arrays.fill(runs, 0, RUN, 0);
        int at = RUN;
        for (int c = 0; c < own.length; c++, at += RUN) {
            t += own[c];
            t0 += a0[c];
            t1 += a1[c];
            t2 += a2[c];
            t3 += a3[c];
            ownRuns[c + 1] = t;
            runs[at] = t0;
            runs[at + 1] = t1;
            runs[at + 2] = t2;
            runs[at + 3] = t3;
        }
    }

    private static double hostileInCell(WorldState w, int s, int cell, double[][] all) {
        double h = 0;
        for (int e = 0; e < Side.COUNT; e++) if (e != s && w.hostile[s][e]) h += all[e][cell];
        return h;
    }

    /** The places the side's operations under way are aimed at, into {@code out} (a new array unless it fits). */
    private static boolean[] targeted(WorldState w, int s, boolean[] out) {
        if (out == null || out.length != w.places.count()) out = new boolean[w.places.count()];
        java.util.Arrays.fill(out, false);
        for (Operation op : w.operations) if (!op.done && op.side == s) out[op.place] = true;
        return out;
    }

    /** The side's ISR while a menu is drawn up ({@link #isr}), and each side's fire ({@link #fire} of all its forces), NaN until asked for. */
    private transient double menuIsr;
    /** A raid's area fire of the state's defenders and aimed fire of the raiders ({@link #raidLosses}), NaN until a menu's first raid. */
    private transient double raidAreaFire = Double.NaN;
    private transient double raidAimedFire = Double.NaN;
    private transient double[] sideFire;
    /** The last assault's sizing spread and its log-deviation with fortune, {@code hypot(luck, spread)}: most assaults of a menu share it. */
    private transient boolean sigmaKnown;
    private transient double sigmaSpread;
    private transient double sigma;

    /** {@link #fire} of all of {@code side}'s forces, worked out once a menu. */
    private double sideFire(WorldState w, Side side) {
        double f = sideFire[side.ordinal()];
        if (Double.isNaN(f)) {
            f = fire(w, side, null);
            sideFire[side.ordinal()] = f;
        }
        return f;
    }

    /** {@code Math.hypot(luck, spread)}, worked out again only when the spread differs from the last one. */
    private double sigma(double spread) {
        if (!sigmaKnown || Double.doubleToRawLongBits(spread) != Double.doubleToRawLongBits(sigmaSpread)) {
            sigma = Math.hypot(p.luck(), spread);
            sigmaSpread = spread;
            sigmaKnown = true;
        }
        return sigma;
    }

    /** Square-law fire per troop of a side's forces (of {@code forces}, or all of the side's): quality × air power. */
    double fire(WorldState w, Side side, List<Force> forces) {
        return combat.lanchesterFire() * meanQuality(w, side, forces) * Combat.airPower(w, side);
    }

    private static double meanQuality(WorldState w, Side side) {
        return meanQuality(w, side, null);
    }

    private static double meanQuality(WorldState w, Side side, List<Force> forces) {
        double num = 0;
        double den = 0;
        for (int f = 0; f < Force.COUNT; f++) {
            Force force = Force.of(f);
            if (force.side() != side || (forces != null && !forces.contains(force))) continue;
            num += w.strength[f] * w.quality[f];
            den += w.strength[f];
        }
        return den > 0 ? num / den : 0.5;
    }

    private static double isr(WorldState w, Side side, List<Force> forces) {
        double best = 1;
        // By index: an iterator per call was 2 MB a run.
        for (int i = 0; i < forces.size(); i++) {
            Force f = forces.get(i);
            if (f.side() == side && w.strength[f.ordinal()] > 0) best = Math.max(best, w.isr[f.ordinal()]);
        }
        return best;
    }
}
