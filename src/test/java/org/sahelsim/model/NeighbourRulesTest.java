package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.actors.Algeria;
import org.sahelsim.model.actors.CorridorState;
import org.sahelsim.model.actors.CorridorState.Border;
import org.sahelsim.model.observe.EventLog;
import org.sahelsim.model.params.RelationParams.Status;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.params.StrategyParams;
import org.sahelsim.model.params.StrategyParams.AlgeriaRule;
import org.sahelsim.model.params.StrategyParams.CorridorStateRule;
import org.sahelsim.model.params.StrategyParams.NeighbourRule;
import org.sahelsim.model.submodels.Economy;
import org.sahelsim.model.submodels.FuelSupply;
import org.sahelsim.model.world.Corridor;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The corridor states' rules and Algeria's mediation, each in a world built for it: the rule
 * takes its decision, and the opposite one when the cause is reversed. The temperature is tiny,
 * so each rule is (almost) a threshold.
 */
class NeighbourRulesTest {
    private static final Geography GEO = Rasteriser.build(MaliAtlas.load(), 0.5);
    private static final Scenario SCENARIO = ScenarioLibrary.standard().load("default",
            List.of("grid.cell_degrees=0.5", "decisions=free")).scenario();
    private static final StrategyParams ST = SCENARIO.strategy();
    private static final double T = 1e-4;
    private static final double DOMINANCE = SCENARIO.control().dominance();

    private WorldState w;
    private final EventLog log = new EventLog();
    private long tick;
    private Economy economy;
    private FuelSupply fuel;

    @BeforeEach
    void world() {
        w = Initialisation.world(SCENARIO, GEO, new MersenneTwisterFast(1));
        economy = new Economy(SCENARIO.economy(), SCENARIO.fuel().normalPriceCfa(), DOMINANCE);
        fuel = new FuelSupply(SCENARIO.fuel(), w, SCENARIO.control().insurgentTroopsPerKm2(), org.sahelsim.model.submodels.CellSweep.on(1));
    }

    private Week month() {
        return new Week(tick++, true, new MersenneTwisterFast(tick), log, SCENARIO.period().start().plusWeeks(tick));
    }

    private boolean decided(String words) {
        return log.events().stream().anyMatch(e -> e.type().equals("decision") && e.description().contains(words));
    }

    private List<CorridorState> states(NeighbourRule rule) {
        return CorridorState.of(rule, T, fuel, null);
    }

    private static CorridorState state(List<CorridorState> all, String key) {
        return all.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private void month(List<CorridorState> all) {
        Week m = month();
        for (CorridorState s : all) s.decide(w, m);
    }

    private int corridor(String id) {
        List<Corridor> cs = fuel.corridors();
        for (int k = 0; k < cs.size(); k++) if (cs.get(k).id().equals(id)) return k;
        throw new AssertionError(id);
    }

    /** The scenario's rule with one state's ties changed. */
    private static NeighbourRule withTies(String key, double ties) {
        NeighbourRule p = ST.neighbours();
        Map<String, CorridorStateRule> states = new java.util.LinkedHashMap<>(p.states());
        CorridorStateRule s = states.get(key);
        states.put(key, new CorridorStateRule(s.name(), s.ecowas(), s.aes(), s.dependence(), ties, s.maxSurge(), s.source()));
        return new NeighbourRule(p.obligation(), p.revenue(), p.ties(), p.insecurity(), p.restrictAt(), p.closeAt(), p.reopenBelow(),
                p.restrictedFlow(), p.divertAt(), p.diversionMonths(), states, p.source());
    }

    @Test
    void underSanctionsTheBoundMembersRestrictAndGuineaTakesTheDivertedTrade() {
        List<CorridorState> all = states(ST.neighbours());
        month(all);
        for (CorridorState s : all) assertEquals(Border.OPEN, s.border(), s.key() + ": no sanctions, nothing lost elsewhere");
        assertFalse(state(all, "guinea").diverting(), "nothing to divert yet");

        economy.sanction(w, true, 0.3);
        month(all);
        assertEquals(Border.RESTRICTED, state(all, "senegal").border(), "Senegal applies the bloc's sanctions");
        assertEquals(Border.RESTRICTED, state(all, "cote_divoire").border(), "so does Cote d'Ivoire, though Mali is >54% of its exports");
        assertEquals(ST.neighbours().restrictedFlow(), w.fuel.corridorFlow[corridor("abidjan_zegoua")], 1e-12);
        assertTrue(w.fuel.corridorOpen[corridor("dakar_diboli")], "petroleum products exempt: restricted, not closed");
        assertEquals(Border.OPEN, state(all, "guinea").border(), "Guinea is not bound");
        assertTrue(state(all, "guinea").diverting(), "Guinea takes the trade lost on the other corridors");
        assertTrue(decided("Guinea keeps its border open"));

        int k = corridor("conakry_kouremale");
        double before = fuel.corridorSurge(k);
        for (int m = 0; m < ST.neighbours().diversionMonths(); m++) month(all);
        double top = ST.neighbours().states().get("guinea").maxSurge();
        assertEquals(top, fuel.corridorSurge(k), 1e-9, "Kouremale's capacity has grown to its most");
        assertTrue(before < top, "it grew over the months, not at once");

        economy.sanction(w, false, 0);
        month(all);
        assertEquals(Border.OPEN, state(all, "senegal").border(), "sanctions lifted: Senegal reopens");
        assertEquals(1, w.fuel.corridorFlow[corridor("dakar_diboli")], 1e-12);
    }

    @Test
    void aMemberWithStrongTiesToTheJuntaKeepsItsBorderOpenUnderSanctions() {
        List<CorridorState> all = states(withTies("senegal", 1.0));
        economy.sanction(w, true, 0.3);
        month(all);
        assertEquals(Border.OPEN, state(all, "senegal").border(), "ties outweigh the obligation");
        assertEquals(Border.RESTRICTED, state(all, "cote_divoire").border());
    }

    @Test
    void guineaWithoutTiesToTheJuntaDoesNotTakeTheDivertedTrade() {
        List<CorridorState> all = states(withTies("guinea", 0.0));
        economy.sanction(w, true, 0.3);
        month(all);
        assertFalse(state(all, "guinea").diverting(), "the little trade gained does not carry it alone");
        assertFalse(decided("Guinea keeps its border open"));
    }

    @Test
    void aStateClosesItsBorderWhenItsStretchOfTheCorridorIsDangerousAndItIsBound() {
        List<CorridorState> all = states(ST.neighbours());
        economy.sanction(w, true, 0.3);
        Arrays.fill(w.roadDanger, 0.5);
        month(all);
        assertEquals(Border.CLOSED, state(all, "senegal").border(), "sanctions and convoys hit on its roads: closed");
        assertFalse(w.fuel.corridorOpen[corridor("dakar_diboli")]);
        assertFalse(w.fuel.corridorOpen[corridor("dakar_kenieba")]);
        assertTrue(decided("Senegal closes its border"));

        Arrays.fill(w.roadDanger, 0);
        economy.sanction(w, false, 0);
        month(all);
        assertEquals(Border.OPEN, state(all, "senegal").border(), "safe roads and no sanctions: open again");
        assertTrue(w.fuel.corridorOpen[corridor("dakar_diboli")]);
    }

    // Algeria's mediation and the Algiers Accord

    private Algeria algeria(AlgeriaRule rule) {
        return new Algeria(rule, T, DOMINANCE);
    }

    private static AlgeriaRule withTiesStart(double ties) {
        AlgeriaRule p = ST.algeria();
        return new AlgeriaRule(p.borderKm(), p.threshold(), p.bandKm(), p.bandMonths(), p.north(), p.mediateAt(), p.offerMonths(),
                ties, p.acceptAt(), p.refusalCost(), p.warningCost(), p.recovery(), p.endAt(), p.shelterKm(), p.objection(), p.source());
    }

    /** Hands the separatists' home ground (its towns and camps) to {@code side}. */
    private void northHeldBy(Side side) {
        for (int q = 0; q < w.places.count(); q++) {
            var place = w.places.place(q);
            if (place.operator() == null && w.relations.homeGround(Side.SEPARATISTS, place.region())) w.places.holder[q] = side.ordinal();
        }
    }

    private void breakTheTruce() {
        w.relations.breakTruce(w, Side.STATE, Side.SEPARATISTS, month(), "a test");
    }

    @Test
    void algeriaOffersMediationWhenTheStateTakesTheNorthAndTheJuntaRefusesWhenWinning() {
        Algeria algeria = algeria(ST.algeria());
        northHeldBy(Side.STATE);
        algeria.decide(w, month());
        assertFalse(decided("Algeria offers to mediate"), "under the truce there is nothing to mediate");

        breakTheTruce();
        algeria.decide(w, month());
        assertTrue(decided("Algeria offers to mediate"), "at war, and the state holds the separatists' ground");
        assertTrue(decided("The junta refuses Algeria's mediation"), "winning in the north, it refuses");
        assertEquals(Status.WAR, w.relations.between(Side.STATE, Side.SEPARATISTS));
        assertTrue(algeria.ties() < ST.algeria().tiesStart(), "a refusal costs the ties");
    }

    @Test
    void algeriaDoesNotOfferWhileTheSeparatistsHoldTheirGroundFarFromItsBorder() {
        Algeria algeria = algeria(ST.algeria());
        northHeldBy(Side.SEPARATISTS);
        breakTheTruce();
        algeria.decide(w, month());
        assertFalse(decided("Algeria offers to mediate"), "no column near its border, the north in the separatists' hands");
    }

    @Test
    void aJuntaLosingTheWarWithGoodTiesToAlgiersAcceptsAndTheTruceIsRestored() {
        Algeria algeria = algeria(withTiesStart(1.0));
        for (double[] c : w.control) Arrays.fill(c, 0);
        Arrays.fill(w.control[Side.JNIM.ordinal()], 0.9);
        northHeldBy(Side.STATE);
        breakTheTruce();
        algeria.decide(w, month());
        assertTrue(decided("The junta accepts Algeria's mediation"));
        assertEquals(Status.TRUCE, w.relations.between(Side.STATE, Side.SEPARATISTS), "the truce is restored");
        assertFalse(w.hostile[Side.STATE.ordinal()][Side.SEPARATISTS.ordinal()]);
        assertTrue(algeria.accord());
    }

    @Test
    void theJuntaEndsTheAccordOnceTheTruceIsBrokenAndItHoldsTheNorth() {
        Algeria algeria = algeria(ST.algeria());
        northHeldBy(Side.STATE);
        algeria.decide(w, month());
        assertTrue(algeria.accord(), "the truce holds: the accord stands");
        breakTheTruce();
        algeria.decide(w, month());
        assertFalse(algeria.accord());
        assertTrue(decided("The junta ends the Algiers Accord"));
    }

    @Test
    void theJuntaKeepsTheAccordWhileTheSeparatistsHoldTheNorthAndTiesAreGood() {
        Algeria algeria = algeria(withTiesStart(0.9));
        northHeldBy(Side.SEPARATISTS);
        algeria.decide(w, month());
        assertTrue(algeria.accord(), "the accord stands at the start");
        breakTheTruce();
        for (int m = 0; m < 6; m++) algeria.decide(w, month());
        assertTrue(algeria.accord());
        assertFalse(decided("The junta ends the Algiers Accord"));
    }

    @Test
    void aDatedWarningBandLapsesInAHistoryRunAndCoversOnlyTheBorder() {
        w.freeDecisions = false;
        Algeria algeria = algeria(ST.algeria());
        algeria.warnOff(w, 60);
        boolean[] band = GEO.nearBorder("algeria", 60);
        int inBand = 0;
        for (int c = 0; c < w.cells; c++) {
            assertEquals(!band[c], w.stateMayOperate[c], "only the band is off-limits");
            if (band[c]) inBand++;
        }
        assertTrue(inBand > 0 && inBand < w.cells / 5, "a band along the border, not the country");
        for (int m = 0; m < ST.algeria().bandMonths(); m++) algeria.decide(w, month());
        assertFalse(algeria.banned(), "quiet months: the dated band lapses too");
        for (int c = 0; c < w.cells; c++) assertTrue(w.stateMayOperate[c]);
        assertFalse(decided("Algeria offers"), "a history run takes none of its decisions");
    }
}
