package org.sahelsim.model.submodels;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.ChangeOfHands;
import org.sahelsim.model.Force;
import org.sahelsim.model.Places;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.Words;
import org.sahelsim.model.operations.Battle;
import org.sahelsim.model.operations.Operation;
import org.sahelsim.model.operations.OperationKind;
import org.sahelsim.model.params.CombatParams;
import org.sahelsim.model.params.ControlParams;
import org.sahelsim.model.params.OperationParams;
import org.sahelsim.model.world.Place;

/**
 * Operations under way (ODD §7.9), each week: columns travel along their routes, where hostile
 * fighters may ambush them (Deitchman's guerrilla law) and an insurgent column in the open is
 * struck from the air in proportion to the state's air power; on arrival an assault is fought
 * ({@link Battle}), a place nobody holds is occupied, a siege ring closes, a raid strikes and
 * withdraws, a relief column fights the ring, reinforcements join the garrison. A siege stays
 * until the place falls (its garrison starved, see {@link Supply}), it is relieved, or the
 * besiegers are too few to hold the ring. Troops are conserved: every troop of an operation
 * ends in a garrison, back in the field, or among the losses.
 */
public final class Operations extends Submodel {
    private static final long serialVersionUID = 1L;

    private final OperationParams p;
    private final CombatParams combat;
    private final double insurgentTroopsPerKm2;
    private final Politics politics;

    /** The incidents in which civilians die. */
    private final Atrocities atrocities;
    /** The routs a lost place may set off. */
    private final Routs routs;
    /** Ambushes massed against columns, and the columns they rout. */
    private final ColumnRouts columnRouts;

    /** Operations whose civilian harm is drawn a victim at a time, and no routs (for tests of the operations alone). */
    public Operations(OperationParams params, CombatParams combat, ControlParams control, Politics politics) {
        this(params, combat, control, politics, new Atrocities(null), new Routs(null));
    }

    public Operations(OperationParams params, CombatParams combat, ControlParams control, Politics politics, Atrocities atrocities,
                      Routs routs) {
        this.atrocities = atrocities;
        this.routs = routs;
        this.columnRouts = new ColumnRouts(params, routs, politics);
        this.p = params;
        this.combat = combat;
        this.insurgentTroopsPerKm2 = control.insurgentTroopsPerKm2();
        this.politics = politics;
    }

    @Override
    public void step(WorldState w, Week week) {
        MersenneTwisterFast luck = columnRouts.luck(week);
        for (Operation op : new ArrayList<>(w.operations)) {
            if (op.done) continue;
            if (!op.arrived) {
                travel(w, week, op, luck);
                if (op.done) continue;
                if (op.total() < 1) {
                    Place place = w.places.place(op.place);
                    week.log("column_destroyed", region(w, op.place), List.of(side(op).key()), Words.of(
                            "%s's column bound for %s is destroyed on the way", side(op).label(), place.name()));
                    op.done = true;
                    continue;
                }
                if (week.tick() >= op.arrives) arrive(w, week, op);
            } else if (op.kind == OperationKind.SIEGE) {
                siegeWeek(w, week, op);
            }
        }
        w.operations.removeIf(op -> op.done);
        w.recountMovedStrength();
    }

    // ---- on the way ------------------------------------------------------------------------

    private void travel(WorldState w, Week week, Operation op, MersenneTwisterFast luck) {
        MersenneTwisterFast random = week.random();
        long span = Math.max(1, op.arrives - op.launched);
        int n = op.route.length;
        int from = (int) Math.min(n, (week.tick() - op.launched - 1) * n / span);
        int to = (int) Math.min(n, (week.tick() - op.launched) * n / span);
        if (week.tick() >= op.arrives) to = n;
        Side side = side(op);
        for (int i = Math.max(0, from); i < to; i++) {
            int c = op.route[i];
            double hostile = hostilePresence(w, side, c);
            if (hostile <= 0) continue;
            double density = Math.min(1, hostile / (insurgentTroopsPerKm2 * w.geo.areaKm2(c)));
            if (random.nextDouble() >= p.ambush() * density) continue;
            ambush(w, week, op, c, hostile, luck);
            if (op.done || op.total() < 1) return;
        }
        // An insurgent column in the open is found and struck from the air.
        if (w.hostile[op.side][Side.STATE.ordinal()]) {
            double air = Combat.airPower(w, Side.STATE);
            if (air > 1) {
                double lost = op.lose(op.total() * Math.min(1, p.airInterdiction() * (air - 1)), w.troops);
                if (lost >= 1) {
                    w.tallyViolence(op.route[Math.min(n - 1, Math.max(0, to - 1))], 1, lost);
                    if (lost >= 10) {
                        week.log("air_strike", region(w, op.place), List.of("state", side.key()), Words.of(
                                "Air strikes hit %s's column bound for %s: %.0f killed", side.label(), w.places.place(op.place).name(), lost));
                    }
                }
            }
        }
    }

    /**
     * Hostile fighters in a cell ambush a passing column: Deitchman's law, the column firing by
     * area. A massed ambush ({@link ColumnRouts}) is sprung by a band gathered from within a day's
     * drive, and may rout the column.
     */
    private void ambush(WorldState w, Week week, Operation op, int c, double hostile, MersenneTwisterFast luck) {
        Side side = side(op);
        double band = columnRouts.massed(luck) ? columnRouts.band(w, side, c) : 0;
        // A band smaller than the cell's own ambushers (no insurgent about, say, where the state ambushes) masses nothing.
        boolean massed = band > 0 && band >= hostile;
        if (!massed) band = hostile;
        double guerrillas = combat.committedShare() * band;
        double column = op.total();
        double area = combat.deitchmanAreaFire() * quality(w, op) * Combat.airPower(w, side);
        double aimed = combat.deitchmanAimedFire() * hostileQuality(w, side, c);
        double[] after = Attrition.deitchman(guerrillas, column, area, aimed, columnRouts.days(massed, combat.ambushDays()));
        double lostColumn = op.lose(column - after[1], w.troops);
        double lostAmbushers = guerrillas - after[0];
        if (massed) columnRouts.takeFromBand(w, side, c, lostAmbushers);
        else takeHostile(w, side, c, lostAmbushers);
        w.tallyViolence(c, 1, lostColumn + lostAmbushers);
        String bound = w.places.place(op.place).name();
        week.log("ambush", w.geo.regions().get(w.geo.region(c)).id(), List.of(side.key()), Words.of(
                "%s's column bound for %s is ambushed%s: %.0f of its %.0f troops killed, %.0f attackers", side.label(),
                bound, massed ? Words.of(" by a band of about %.0f", guerrillas) : "", lostColumn, column, lostAmbushers));
        if (massed && columnRouts.breaks(column, lostColumn)) {
            columnRouts.routed(w, week, op, side, c, bound, column, lostColumn, guerrillas);
            returnToField(w, op, op.origin);
        }
    }

    // ---- on arrival ------------------------------------------------------------------------

    private void arrive(WorldState w, Week week, Operation op) {
        op.arrived = true;
        Places pl = w.places;
        int q = op.place;
        int h = pl.holder[q];
        switch (op.kind) {
            case ASSAULT, OCCUPY -> {
                if (h == op.side) joinGarrison(w, op);
                else if (h == Places.NOBODY) occupy(w, week, op);
                else if (w.hostile[op.side][h]) assault(w, week, op);
                else returnToField(w, op, op.origin);
            }
            case SIEGE -> {
                if (h != Places.NOBODY && h != op.side && w.hostile[op.side][h] && pl.garrisonTotal(q) > 0) {
                    pl.besiege(q, op.side);
                    pl.roadsCut[q] = roadsInto(w, q);
                    week.log("siege", region(w, q), List.of(side(op).key(), Side.of(h).key()), Words.of(
                            "%s besieges %s with %.0f fighters: %d road%s cut, a garrison of %.0f has %.0f days of supply",
                            side(op).label(), pl.place(q).name(), op.total(), pl.roadsCut[q], pl.roadsCut[q] == 1 ? "" : "s",
                            pl.sideGarrison(Side.of(h), q), pl.supplyDays[q]));
                } else if (h == Places.NOBODY) {
                    occupy(w, week, op);
                } else {
                    returnToField(w, op, op.origin);
                }
            }
            case RAID -> {
                if (h != Places.NOBODY && w.hostile[op.side][h]) raid(w, week, op);
                else returnToField(w, op, op.origin);
            }
            case RELIEVE -> {
                if (h == op.side && pl.besiegedBy[q] != Places.NOBODY) relieve(w, week, op);
                else if (h == op.side) joinGarrison(w, op);
                else returnToField(w, op, op.origin);
            }
            case REINFORCE -> {
                if (h == op.side) joinGarrison(w, op);
                else if (h == Places.NOBODY) occupy(w, week, op);
                else returnToField(w, op, op.origin);
            }
            case WITHDRAW -> returnToField(w, op, pl.place(q).cell());
        }
    }

    private void assault(WorldState w, Week week, Operation op) {
        Places pl = w.places;
        int q = op.place;
        Place place = pl.place(q);
        Side attacker = side(op);
        Side holder = Side.of(pl.holder[q]);
        int cell = place.cell();
        double garrison = pl.sideGarrison(holder, q);
        double field = engagedField(w, holder, cell);
        double defenders = garrison + field;
        double attackers = op.total();
        double a = fire(w, attacker, op);
        double d = fire(w, holder, null);
        double fortune = Math.exp(p.luck() * week.random().nextGaussian());
        Battle.Outcome out = Battle.fight(attackers, a, defenders, d, pl.defences[q], p.attackerBreak(), p.defenderBreak(),
                fortune, p.routRatio(), p.routLoss());
        op.lose(out.attackerLosses(), w.troops);
        double share = defenders > 0 ? out.defenderLosses() / defenders : 0;
        scaleGarrison(w, holder, q, 1 - share);
        scaleField(w, holder, cell, 1 - share);
        double civilians = civilians(w, week, attacker, holder, q);
        w.tallyViolence(cell, 1, out.attackerLosses() + out.defenderLosses() + civilians);
        if (out.taken()) {
            // The garrison's survivors who escape fall back, with the holder's field troops, to the
            // neighbouring cell their side holds best.
            int refuge = refuge(w, holder, cell);
            double fled = 0;
            for (int f = 0; f < Force.COUNT; f++) {
                if (Force.of(f).side() != holder) continue;
                double g = pl.garrison[f][q];
                double inCell = w.presence[f][cell];
                w.troops.lost[f] += g * p.captured();
                w.presence[f][cell] = 0;
                w.presence[f][refuge] += g * (1 - p.captured()) + inCell;
                w.presenceMoved(f);
                fled += g * (1 - p.captured());
            }
            pl.clearGarrison(holder, q);
            settle(w, op, q, p.garrisonAfterCapture());
            pl.take(q, op.side, ChangeOfHands.ASSAULT, week, "place_falls", List.of(attacker.key(), holder.key()), Words.of(
                    "%s takes %s: %.0f troops storm %.0f defenders (defences x%.1f); %.0f attackers and %.0f defenders killed, %.0f flee",
                    attacker.label(), place.name(), attackers, defenders, pl.defences[q], out.attackerLosses(), out.defenderLosses(), fled));
            routs.after(w, week, q, holder);
        } else {
            week.log("assault", region(w, q), List.of(attacker.key(), holder.key()), Words.of(
                    "%s's assault on %s %s: %.0f troops against %.0f defenders; %.0f attackers and %.0f defenders killed",
                    attacker.label(), place.name(), out.routed() ? "is routed" : "is repulsed", attackers, defenders,
                    out.attackerLosses(), out.defenderLosses()));
            returnToField(w, op, op.origin);
        }
        op.done = true;
    }

    private void occupy(WorldState w, Week week, Operation op) {
        Places pl = w.places;
        int q = op.place;
        Place place = pl.place(q);
        Side side = side(op);
        double hostile = hostilePresence(w, side, place.cell());
        if (hostile >= 1) {
            // Someone is there in the open: fight them for it.
            double a = fire(w, side, op);
            double d = hostileFire(w, side);
            Battle.Outcome out = Battle.fight(op.total(), a, hostile, d, 1, p.attackerBreak(), p.defenderBreak(),
                    Math.exp(p.luck() * week.random().nextGaussian()), p.routRatio(), p.routLoss());
            double before = op.total();
            op.lose(out.attackerLosses(), w.troops);
            takeHostile(w, side, place.cell(), out.defenderLosses());
            w.tallyViolence(place.cell(), 1, out.attackerLosses() + out.defenderLosses());
            if (!out.taken()) {
                week.log("assault", region(w, q), List.of(side.key()), Words.of(
                        "%s's column is driven off from %s: %.0f troops against %.0f; %.0f killed", side.label(), place.name(),
                        before, hostile, out.attackerLosses() + out.defenderLosses()));
                returnToField(w, op, op.origin);
                op.done = true;
                return;
            }
        }
        settle(w, op, q, 1);
        pl.take(q, op.side, ChangeOfHands.OCCUPATION, week, "occupation", List.of(side.key()), Words.of(
                "%s occupies %s with %.0f troops", side.label(), place.name(), pl.sideGarrison(side, q)));
        op.done = true;
    }

    private void raid(WorldState w, Week week, Operation op) {
        Places pl = w.places;
        int q = op.place;
        Place place = pl.place(q);
        Side raider = side(op);
        Side holder = Side.of(pl.holder[q]);
        int cell = place.cell();
        // A raid strikes one part of a place: the defenders who answer it are the committed share.
        double defenders = combat.committedShare() * (pl.sideGarrison(holder, q) + engagedField(w, holder, cell));
        double raiders = op.total();
        double area = combat.deitchmanAreaFire() * meanQuality(w, holder) * Combat.airPower(w, holder);
        double aimed = combat.deitchmanAimedFire() * quality(w, op);
        double[] after = Attrition.deitchman(raiders, defenders, area, aimed, p.raidDays());
        double raidersLost = op.lose(raiders - after[0], w.troops);
        double defendersLost = defenders - after[1];
        double share = defenders > 0 ? defendersLost / defenders : 0;
        scaleGarrison(w, holder, q, 1 - share);
        scaleField(w, holder, cell, 1 - share);
        double civilians = civilians(w, week, raider, holder, q);
        w.tallyViolence(cell, 1, raidersLost + defendersLost + civilians);
        double shock = 0;
        if (holder == Side.STATE) {
            shock = p.raidShock() * pl.politicalWorth[q] / 1000;
            politics.shock(w, shock);
        }
        week.log("raid", region(w, q), List.of(raider.key(), holder.key()), Words.of(
                "%s raids %s with %.0f fighters and withdraws: %.0f defenders, %.0f raiders and %.0f civilians killed%s",
                raider.label(), place.name(), raiders, defendersLost, raidersLost, civilians,
                shock > 0 ? Words.of("; the junta's cohesion falls %.1f points", 100 * shock) : ""));
        returnToField(w, op, op.origin);
        op.done = true;
    }

    private void relieve(WorldState w, Week week, Operation op) {
        Places pl = w.places;
        int q = op.place;
        Place place = pl.place(q);
        Side side = side(op);
        int besieger = pl.besiegedBy[q];
        List<Operation> ring = new ArrayList<>();
        double ringTroops = 0;
        for (Operation o : w.operations) {
            if (!o.done && o.arrived && o.kind == OperationKind.SIEGE && o.place == q) {
                ring.add(o);
                ringTroops += o.total();
            }
        }
        double column = op.total();
        Battle.Outcome out = Battle.fight(column, fire(w, side, op), ringTroops, fire(w, Side.of(besieger), null), 1,
                p.attackerBreak(), p.defenderBreak(), Math.exp(p.luck() * week.random().nextGaussian()), p.routRatio(), p.routLoss());
        op.lose(out.attackerLosses(), w.troops);
        double share = ringTroops > 0 ? out.defenderLosses() / ringTroops : 0;
        for (Operation o : ring) o.lose(o.total() * share, w.troops);
        w.tallyViolence(place.cell(), 1, out.attackerLosses() + out.defenderLosses());
        if (out.taken()) {
            for (Operation o : ring) {
                returnToField(w, o, o.origin);
                o.done = true;
            }
            pl.besiege(q, Places.NOBODY);
            pl.supplyDays[q] = pl.supplyCapacity[q];
            week.log("relief", region(w, q), List.of(side.key(), Side.of(besieger).key()), Words.of(
                    "A relief column of %.0f breaks the siege of %s: %.0f of the relief and %.0f of the %.0f besiegers killed",
                    column, place.name(), out.attackerLosses(), out.defenderLosses(), ringTroops));
            joinGarrison(w, op);
        } else {
            week.log("relief", region(w, q), List.of(side.key(), Side.of(besieger).key()), Words.of(
                    "The relief column of %.0f fails to break the siege of %s: %.0f of the relief and %.0f besiegers killed",
                    column, place.name(), out.attackerLosses(), out.defenderLosses()));
            returnToField(w, op, op.origin);
        }
        op.done = true;
    }

    // ---- sieges ----------------------------------------------------------------------------

    private void siegeWeek(WorldState w, Week week, Operation op) {
        Places pl = w.places;
        int q = op.place;
        Place place = pl.place(q);
        int h = pl.holder[q];
        Side side = side(op);
        if (h == Places.NOBODY) {
            settle(w, op, q, p.garrisonAfterCapture());
            pl.take(q, op.side, ChangeOfHands.SIEGE, week, "place_falls", List.of(side.key()), Words.of(
                    "%s falls to %s after a siege of %d weeks: its garrison is gone", place.name(), side.label(),
                    week.tick() - op.arrives + 1));
            op.done = true;
            return;
        }
        if (h == op.side || !w.hostile[op.side][h] || pl.besiegedBy[q] != op.side) {
            returnToField(w, op, op.origin);
            op.done = true;
            return;
        }
        double garrison = pl.sideGarrison(Side.of(h), q);
        if (op.total() < p.siegeRatio() * garrison / 2 || op.total() < p.minTroops() / 2) {
            pl.besiege(q, Places.NOBODY);
            week.log("siege", region(w, q), List.of(side.key()), Words.of(
                    "%s lifts its siege of %s after %d weeks: %.0f besiegers cannot hold the ring against %.0f defenders",
                    side.label(), place.name(), week.tick() - op.arrives + 1, op.total(), garrison));
            returnToField(w, op, op.origin);
            op.done = true;
            return;
        }
        pl.roadsCut[q] = roadsInto(w, q);
    }

    // ---- bookkeeping -----------------------------------------------------------------------

    /** The operation's troops garrison place {@code q} (up to its ordinary garrison, or {@code share} of them); the rest go to the field there. */
    private void settle(WorldState w, Operation op, int q, double share) {
        Places pl = w.places;
        double total = op.total();
        double keep = Math.min(total * share, Math.max(pl.standardGarrison[q], p.minTroops()));
        double k = total > 0 ? keep / total : 0;
        int cell = pl.place(q).cell();
        for (int f = 0; f < Force.COUNT; f++) {
            double t = op.troops[f];
            if (t <= 0) continue;
            pl.garrison[f][q] += t * k;
            w.presence[f][cell] += t * (1 - k);
            w.presenceMoved(f);
            op.troops[f] = 0;
        }
    }

    private void joinGarrison(WorldState w, Operation op) {
        Places pl = w.places;
        int q = op.place;
        double room = Math.max(0, pl.standardGarrison[q] - pl.garrisonTotal(q));
        double total = op.total();
        double k = total > 0 ? Math.min(1, room / total) : 0;
        int cell = pl.place(q).cell();
        for (int f = 0; f < Force.COUNT; f++) {
            double t = op.troops[f];
            if (t <= 0) continue;
            pl.garrison[f][q] += t * k;
            w.presence[f][cell] += t * (1 - k);
            w.presenceMoved(f);
            op.troops[f] = 0;
        }
        op.done = true;
    }

    private static void returnToField(WorldState w, Operation op, int cell) {
        for (int f = 0; f < Force.COUNT; f++) {
            w.presence[f][cell] += op.troops[f];
            w.presenceMoved(f);
            op.troops[f] = 0;
        }
        op.done = true;
    }

    /** Kills {@code 1 − k} of a side's garrison at place {@code q}. */
    private static void scaleGarrison(WorldState w, Side side, int q, double k) {
        for (int f = 0; f < Force.COUNT; f++) {
            if (Force.of(f).side() != side) continue;
            double g = w.places.garrison[f][q];
            w.troops.killed[f] += g * (1 - Math.max(0, k));
            w.places.garrison[f][q] = g * Math.max(0, k);
        }
    }

    /** Kills {@code 1 − k} of a side's field troops in a cell. */
    private static void scaleField(WorldState w, Side side, int cell, double k) {
        for (int f = 0; f < Force.COUNT; f++) {
            if (Force.of(f).side() != side) continue;
            double t = w.presence[f][cell];
            w.troops.killed[f] += t * (1 - Math.max(0, k));
            w.presence[f][cell] = t * Math.max(0, k);
            w.presenceMoved(f);
        }
    }

    /** The field troops of a side in a cell who fight when their place is attacked (engagement-weighted, as in combat). */
    private double engagedField(WorldState w, Side side, int cell) {
        double s = 0;
        for (int f = 0; f < Force.COUNT; f++) {
            if (Force.of(f).side() == side) s += w.presence[f][cell] * Math.min(1, w.engagement[f] * combat.engagedPresence());
        }
        return s;
    }

    /** The neighbouring cell where {@code side} holds most control (the cell itself when it has no neighbours). */
    static int refuge(WorldState w, Side side, int cell) {
        int best = cell;
        double most = -1;
        for (int k = 0; k < w.geo.neighbourCount(cell); k++) {
            int m = w.geo.neighbour(cell, k);
            if (w.control[side.ordinal()][m] > most) {
                most = w.control[side.ordinal()][m];
                best = m;
            }
        }
        return best;
    }

    private static double fieldPresence(WorldState w, Side side, int cell) {
        double s = 0;
        for (int f = 0; f < Force.COUNT; f++) if (Force.of(f).side() == side) s += w.presence[f][cell];
        return s;
    }

    private static double hostilePresence(WorldState w, Side side, int cell) {
        double s = 0;
        for (int f = 0; f < Force.COUNT; f++) {
            int e = Force.of(f).side().ordinal();
            if (e != side.ordinal() && w.hostile[side.ordinal()][e]) s += w.presence[f][cell];
        }
        return s;
    }

    /** Removes {@code losses} from the fighters hostile to {@code side} in a cell, in proportion. */
    private static void takeHostile(WorldState w, Side side, int cell, double losses) {
        double total = hostilePresence(w, side, cell);
        if (total <= 0 || losses <= 0) return;
        double k = Math.max(0, 1 - losses / total);
        for (int f = 0; f < Force.COUNT; f++) {
            int e = Force.of(f).side().ordinal();
            if (e == side.ordinal() || !w.hostile[side.ordinal()][e]) continue;
            w.troops.killed[f] += w.presence[f][cell] * (1 - k);
            w.presence[f][cell] *= k;
            w.presenceMoved(f);
        }
    }

    private double hostileQuality(WorldState w, Side side, int cell) {
        double num = 0;
        double den = 0;
        for (int f = 0; f < Force.COUNT; f++) {
            int e = Force.of(f).side().ordinal();
            if (e == side.ordinal() || !w.hostile[side.ordinal()][e]) continue;
            num += w.presence[f][cell] * w.quality[f];
            den += w.presence[f][cell];
        }
        return den > 0 ? num / den : 0.5;
    }

    private double hostileFire(WorldState w, Side side) {
        double best = 0;
        for (int e = 0; e < Side.COUNT; e++) if (e != side.ordinal() && w.hostile[side.ordinal()][e]) best = Math.max(best, fire(w, Side.of(e), null));
        return best > 0 ? best : combat.lanchesterFire() * 0.5;
    }

    /** Square-law fire per troop: quality × the side's air power. */
    private double fire(WorldState w, Side side, Operation op) {
        double q = op != null ? quality(w, op) : meanQuality(w, side);
        return combat.lanchesterFire() * q * Combat.airPower(w, side);
    }

    private static double quality(WorldState w, Operation op) {
        double num = 0;
        double den = 0;
        for (int f = 0; f < Force.COUNT; f++) {
            num += op.troops[f] * w.quality[f];
            den += op.troops[f];
        }
        return den > 0 ? num / den : 0.5;
    }

    private static double meanQuality(WorldState w, Side side) {
        double num = 0;
        double den = 0;
        for (int f = 0; f < Force.COUNT; f++) {
            if (Force.of(f).side() != side) continue;
            num += w.strength[f] * w.quality[f];
            den += w.strength[f];
        }
        return den > 0 ? num / den : 0.5;
    }

    /** Civilians killed in a fight at place {@code q}: each side's harm rate, one engagement, in incidents. */
    private double civilians(WorldState w, Week week, Side a, Side b, int q) {
        int cell = w.places.place(q).cell();
        double total = 0;
        for (Side s : new Side[] {a, b}) {
            double harm = 0;
            double n = 0;
            for (int f = 0; f < Force.COUNT; f++) {
                if (Force.of(f).side() != s || w.strength[f] <= 0) continue;
                harm += w.strength[f] * w.civilianHarmRate(f);
                n += w.strength[f];
            }
            total += atrocities.kill(w, week.random(), s.ordinal(), cell, q, n > 0 ? harm / n : 0);
        }
        w.weekCivilianFatalities += total;
        return total;
    }

    private static int roadsInto(WorldState w, int q) {
        int node = w.places.place(q).roadNode();
        return node < 0 ? 0 : w.geo.roads().segmentsAt(node).length;
    }

    private static Side side(Operation op) {
        return Side.of(op.side);
    }

    private static String region(WorldState w, int q) {
        return w.geo.regions().get(w.places.place(q).region()).id();
    }
}
