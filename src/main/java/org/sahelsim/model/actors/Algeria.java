package org.sahelsim.model.actors;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.operations.Operation;
import org.sahelsim.model.params.RelationParams.Status;
import org.sahelsim.model.params.StrategyParams.AlgeriaRule;

/**
 * Algeria protects its border and its role as mediator: when the state's columns come within
 * reach of its border it warns ({@code warn}), and a band along the border becomes off-limits to
 * the state's forces ("warnings from Algeria prompted Russia to halt a joint military operation
 * ... in the far northern region of Tinzaouaten", Le Monde in 'Analysis of Mali-Wagner-Russia
 * relations'). The band applies to operations near the border, not for ever: it lapses after
 * some months without state operations there, whether the warning was its rule's or a dated one.
 *
 * <p>Algeria brokered the 2015 Algiers Accord between Bamako and the separatists (Front Lines,
 * 'Mali war'). While the two are at war it offers to mediate ({@code mediate}) when fighting
 * comes near its border or the state moves into the separatists' north; the junta accepts
 * ({@code accept_mediation}), which restores their truce, or refuses, which costs its ties with
 * Algiers. Once the truce is broken the junta may end the accord itself ({@code end_accord}: it
 * did in late January 2024, NTL Consulting). Warnings cost the ties too (Algeria closed its
 * airspace to Mali after a drone was shot down near the border on 7 Apr 2025, sofx).
 */
public final class Algeria extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final AlgeriaRule p;
    private final double dominance;
    private boolean[] watched;
    private boolean[] band;
    /** The shelter its objection gives the ground along its border (null: none). */
    private BorderShelter shelter;
    private boolean banned;
    private int quietMonths;
    private double columnTroops;
    private int columns;
    private boolean started;
    private boolean accord;
    private double ties;
    private double north;
    private double insurgents;
    private boolean offered;
    private int monthsSinceOffer = Integer.MAX_VALUE / 2;
    private final List<Choice> choices = List.of(new Warn(), new Mediate(), new AcceptMediation(), new EndAccord());

    /**
     * @param dominance the control share at which a side holds a cell (for the state's share of
     *                  the separatists' ground)
     */
    public Algeria(AlgeriaRule params, double temperature, double dominance) {
        super(temperature);
        this.p = params;
        this.dominance = dominance;
    }

    @Override
    public String key() {
        return "algeria";
    }

    /** Its band lapses in a history run too, where a dated warning set it. */
    @Override
    public boolean activeInHistory() {
        return true;
    }

    /** Whether its no-go band stands. */
    public boolean banned() {
        return banned;
    }

    /** Whether the Algiers Accord between the state and the separatists is in force. */
    public boolean accord() {
        return accord;
    }

    /** The junta's ties with Algiers, 0–1. */
    public double ties() {
        return ties;
    }

    @Override
    protected List<Choice> choices() {
        return choices;
    }

    /**
     * In a free run its rules decide, and an offer the junta did not accept in the month is
     * refused. In a history run the dated events take its decisions: it only lets a dated
     * warning's band lapse.
     */
    @Override
    public void decide(WorldState w, Week week) {
        if (!w.freeDecisions) {
            observe(w, week);
            return;
        }
        super.decide(w, week);
        if (offered) {
            offered = false;
            ties = Math.max(0, ties - p.refusalCost());
            week.log("decision", "kidal", List.of("state", "algeria", "separatists"), String.format(Locale.ROOT,
                    "The junta refuses Algeria's mediation: ties with Algiers %.2f (after the refusal), the insurgents hold %.0f%% of the territory, the state %.0f%% of the separatists' home ground",
                    ties, 100 * insurgents, 100 * north));
        }
    }

    /**
     * A warning now, as a dated {@code no_go_zone} event gives it: state forces keep out of a band
     * {@code km} deep along the border until it lapses.
     */
    public void warnOff(WorldState w, double km) {
        watch(w);
        boolean[] zone = w.geo.nearBorder("algeria", km);
        for (int c = 0; c < w.cells; c++) band[c] |= zone[c];
        impose(w);
    }

    private void watch(WorldState w) {
        if (watched == null) {
            watched = w.geo.nearBorder("algeria", p.borderKm());
            band = w.geo.nearBorder("algeria", p.bandKm());
            if (p.shelterKm() != null && p.objection() != null) shelter = BorderShelter.of(w.geo, "algeria", p.shelterKm());
        }
    }

    /** Its stance against the state's strikes and columns near its border: 1 while its warnings stand, else its standing objection. */
    public double stance() {
        if (p.objection() == null) return 0;
        return banned ? 1 : p.objection();
    }

    private void impose(WorldState w) {
        banned = true;
        quietMonths = 0;
        for (int c = 0; c < w.cells; c++) if (band[c]) w.stateMayOperate[c] = false;
        if (shelter != null) shelter.apply(stance(), w.shelter);
    }

    @Override
    protected void observe(WorldState w, Week week) {
        watch(w);
        if (!started) {
            started = true;
            accord = w.relations.between(Side.STATE, Side.SEPARATISTS) == Status.TRUCE;
            ties = p.tiesStart();
        }
        ties += p.recovery() * (p.tiesStart() - ties);
        monthsSinceOffer++;
        columns = 0;
        columnTroops = 0;
        for (Operation op : w.operations) {
            if (!op.done && op.side == Side.STATE.ordinal() && watched[w.places.place(op.place).cell()]) {
                columns++;
                columnTroops += op.total();
            }
        }
        north = stateShareOfSeparatistGround(w);
        insurgents = Sides.insurgentTerritory(w, dominance);
        quietMonths = columns == 0 ? quietMonths + 1 : 0;
        if (banned && quietMonths >= p.bandMonths()) {
            banned = false;
            for (int c = 0; c < w.cells; c++) if (band[c]) w.stateMayOperate[c] = true;
            week.log("decision", "kidal", List.of("algeria"), String.format(Locale.ROOT,
                    "Algeria's warnings lapse after %d quiet months: the state's forces may operate near the border again", quietMonths));
        }
        if (shelter != null) shelter.apply(stance(), w.shelter);
    }

    /**
     * The state's hold on the separatists' home ground: its share of the political worth of the
     * places there (towns and Malian camps; the foreign bases are not the ground's own).
     */
    private double stateShareOfSeparatistGround(WorldState w) {
        double held = 0;
        double total = 0;
        for (int q = 0; q < w.places.count(); q++) {
            var place = w.places.place(q);
            if (place.operator() != null || !w.relations.homeGround(Side.SEPARATISTS, place.region())) continue;
            double worth = w.places.politicalWorth[q];
            total += worth;
            if (w.places.holder[q] == Side.STATE.ordinal()) held += worth;
        }
        return total > 0 ? held / total : 0;
    }

    private boolean atWar(WorldState w) {
        return w.relations.between(Side.STATE, Side.SEPARATISTS) == Status.WAR;
    }

    private final class Warn extends Choice {
        private static final long serialVersionUID = 1L;

        Warn() {
            super("warn");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Warn Bamako off the border: %d state columns (%.0f troops) within %.0f km",
                    columns, columnTroops, p.borderKm());
        }

        @Override
        public boolean open(WorldState w) {
            return !banned;
        }

        /** What alarms Algiers is operations in force, not garrisons that were always there. */
        @Override
        public double pressure(WorldState w) {
            return columnTroops / 300;
        }

        @Override
        public double threshold() {
            return p.threshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            impose(w);
            ties = Math.max(0, ties - p.warningCost());
            week.log("decision", "kidal", List.of("algeria", "state"), String.format(Locale.ROOT,
                    "Algeria warns Bamako off its border: %d state columns (%.0f troops) within %.0f km of it; state forces keep out of a %.0f km band; ties with Algiers %.2f",
                    columns, columnTroops, p.borderKm(), p.bandKm(), ties));
        }
    }

    private final class Mediate extends Choice {
        private static final long serialVersionUID = 1L;

        Mediate() {
            super("mediate");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Offer to mediate between the junta and the separatists: %.0f state troops near the border, the state holds %.0f%% of the separatists' ground",
                    columnTroops, 100 * north);
        }

        @Override
        public boolean open(WorldState w) {
            return atWar(w) && !offered && monthsSinceOffer >= p.offerMonths();
        }

        @Override
        public double pressure(WorldState w) {
            return columnTroops / 300 + p.north() * north;
        }

        @Override
        public double threshold() {
            return p.mediateAt();
        }

        @Override
        public void take(WorldState w, Week week) {
            offered = true;
            monthsSinceOffer = 0;
            week.log("decision", "kidal", List.of("algeria", "state", "separatists"), String.format(Locale.ROOT,
                    "Algeria offers to mediate between the junta and the separatists: %d state columns (%.0f troops) within %.0f km of its border, the state holds %.0f%% of the separatists' home ground (by its places' political worth)%s",
                    columns, columnTroops, p.borderKm(), 100 * north, accord ? "; the Algiers Accord still stands" : "; the Algiers Accord has been ended"));
        }
    }

    private final class AcceptMediation extends Choice {
        private static final long serialVersionUID = 1L;

        AcceptMediation() {
            super("accept_mediation", "state");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Accept Algeria's mediation with the separatists (ties with Algiers %.2f)", ties);
        }

        @Override
        public boolean open(WorldState w) {
            return offered;
        }

        /** Ties with the mediator and a war on too many fronts push to accept; winning in the north pushes to refuse. */
        @Override
        public double pressure(WorldState w) {
            return ties + insurgents - north;
        }

        @Override
        public double threshold() {
            return p.acceptAt();
        }

        @Override
        public void take(WorldState w, Week week) {
            offered = false;
            accord = true;
            w.relations.makeTruce(w, Side.STATE, Side.SEPARATISTS, week, String.format(Locale.ROOT,
                    "The junta accepts Algeria's mediation and a truce with the separatists is restored: ties with Algiers %.2f, the insurgents hold %.0f%% of the territory, the state %.0f%% of the separatists' home ground",
                    ties, 100 * insurgents, 100 * north));
        }
    }

    private final class EndAccord extends Choice {
        private static final long serialVersionUID = 1L;

        EndAccord() {
            super("end_accord", "state");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "End the Algiers Accord (ties with Algiers %.2f, the state holds %.0f%% of the separatists' ground)",
                    ties, 100 * north);
        }

        @Override
        public boolean open(WorldState w) {
            return accord && atWar(w);
        }

        @Override
        public double pressure(WorldState w) {
            return 1 - ties + north;
        }

        @Override
        public double threshold() {
            return p.endAt();
        }

        @Override
        public void take(WorldState w, Week week) {
            accord = false;
            ties = Math.max(0, ties - p.refusalCost());
            week.log("decision", "kidal", List.of("state", "algeria", "separatists"), String.format(Locale.ROOT,
                    "The junta ends the Algiers Accord: its truce with the separatists is broken, the state holds %.0f%% of their home ground, ties with Algiers %.2f (after ending it)",
                    100 * north, ties));
        }
    }
}
