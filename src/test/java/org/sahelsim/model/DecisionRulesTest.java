package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.actors.Algeria;
import org.sahelsim.model.actors.AllianceOfSahelStates;
import org.sahelsim.model.actors.Ecowas;
import org.sahelsim.model.actors.JnimStrategy;
import org.sahelsim.model.actors.JuntaStrategy;
import org.sahelsim.model.actors.RussiaContract;
import org.sahelsim.model.actors.Rule;
import org.sahelsim.model.actors.UnMission;
import org.sahelsim.model.actors.WesternPartner;

/**
 * Each strategic rule, in a world built for it, takes the decision the rule says, and does not
 * when the cause is reversed. The temperature is tiny, so the rule is (almost) a threshold.
 */
class DecisionRulesTest extends ConstructedWorld {
    @Test
    void theLogitIsAThresholdWhenColdAndEvenAtTheThreshold() {
        assertEquals(0.5, Rule.chance(1, 1, 0.05), 1e-12);
        assertTrue(Rule.chance(1.1, 1, T) > 0.999);
        assertTrue(Rule.chance(0.9, 1, T) < 0.001);
        assertEquals(1 / (1 + Math.exp(-2)), Rule.chance(1.1, 1, 0.05), 1e-12);
    }

    @Test
    void franceLeavesWhenARivalPatronArrivesAndStaysWithout() {
        WesternPartner france = new WesternPartner(Force.FRANCE, ST.france(), T, flows);
        for (int m = 0; m < 6; m++) france.decide(w, month());
        assertFalse(france.leaving(), "no rival, no coup, no losses: France stays at commitment " + france.commitment());
        russians(2000);
        france.decide(w, month());
        assertTrue(france.leaving(), "2,000 Russian troops: France leaves (commitment " + france.commitment() + ")");
        assertTrue(decided("decides to leave Mali"));
        assertEquals(0, w.mandate[Force.FRANCE.ordinal()], 1e-9, "its troops are ordered home");
    }

    @Test
    void theJuntaWithdrawsConsentFromTheUnOnceARivalIsInAndTheWestIsGone() {
        UnMission un = new UnMission(ST.un(), T, flows);
        un.decide(w, month());
        assertFalse(un.ended(), "France here, no Russians: consent stands");
        russians(3000);
        w.presence[Force.FRANCE.ordinal()] = new double[w.cells].clone();
        Arrays.fill(w.presence[Force.FRANCE.ordinal()], 0);
        for (double[] g : new double[][] {w.places.garrison[Force.FRANCE.ordinal()]}) Arrays.fill(g, 0);
        w.recountStrength();
        un.decide(w, month());
        assertTrue(un.ended(), "3,000 Russians and France gone: the junta withdraws consent");
        assertTrue(decided("withdraws its consent"));
    }

    @Test
    void theJuntaCallsInRussiaWhenItsEnemiesGainAndItsPatronWavers() {
        WesternPartner france = new WesternPartner(Force.FRANCE, ST.france(), T, flows);
        JuntaStrategy junta = new JuntaStrategy(ST.junta(), T, DOMINANCE, 10.8e6, flows, economy, france);
        w.russiaContract = false;
        ground(Side.STATE);
        junta.decide(w, month());
        assertFalse(w.russiaContract, "the state holds the ground and France is half committed: no call");
        ground(Side.JNIM);
        junta.decide(w, month());
        assertTrue(w.russiaContract, "JNIM holds the ground: the junta calls in Russian forces");
        assertEquals(ST.junta().contractTroops(), w.mandate[Force.RUSSIA.ordinal()], 1e-9);
    }

    @Test
    void moscowDoesNotComeBackWhileBamakoOwesItForTheLastContract() {
        WesternPartner france = new WesternPartner(Force.FRANCE, ST.france(), T, flows);
        JuntaStrategy junta = new JuntaStrategy(ST.junta(), T, DOMINANCE, 10.8e6, flows, economy, france);
        w.russiaContract = false;
        ground(Side.JNIM);
        w.arrearsMonths = 5;
        for (int m = 0; m < 3; m++) junta.decide(w, month());
        assertFalse(w.russiaContract, "five months behind on the fee: no new contract, however hard-pressed");
        assertFalse(decided("calls in Russian forces"));
        w.arrearsMonths = 0;
        junta.decide(w, month());
        assertTrue(w.russiaContract, "the debt settled, the junta can call Moscow again");
    }

    @Test
    void theJuntaRestrictsRuralFuelWhenInsurgentsHoldTheCountryside() {
        JuntaStrategy junta = new JuntaStrategy(ST.junta(), T, DOMINANCE, 10.8e6, flows, economy,
                new WesternPartner(Force.FRANCE, ST.france(), T, flows));
        ground(Side.STATE);
        junta.decide(w, month());
        assertFalse(w.ruralFuelRestriction);
        ground(Side.JNIM);
        junta.decide(w, month());
        assertTrue(w.ruralFuelRestriction);
    }

    @Test
    void theJuntaCutsTaxesWhenLegitimacyFallsAndFuelIsDear() {
        JuntaStrategy junta = new JuntaStrategy(ST.junta(), T, DOMINANCE, 10.8e6, flows, economy,
                new WesternPartner(Force.FRANCE, ST.france(), T, flows));
        ground(Side.STATE);
        w.treasuryUsd = 1e8;
        w.legitimacy = 0.8;
        junta.decide(w, month());
        assertFalse(w.taxCut);
        w.legitimacy = 0.3;
        w.bamakoPrice = 2 * w.normalFuelPrice;
        junta.decide(w, month());
        assertTrue(w.taxCut);
    }

    @Test
    void theJuntaOrdersKidalTakenOnlyOnceTheTruceIsNoLongerGuaranteed() {
        JuntaStrategy junta = new JuntaStrategy(ST.junta(), T, DOMINANCE, 10.8e6, flows, economy,
                new WesternPartner(Force.FRANCE, ST.france(), T, flows));
        ground(Side.STATE);
        // Nobody but the separatists (under truce) holds anything.
        for (int q = 0; q < w.places.count(); q++) {
            if (w.places.holder[q] != Side.SEPARATISTS.ordinal()) w.places.holder[q] = Side.STATE.ordinal();
        }
        junta.decide(w, month());
        assertFalse(w.intentions.any(), "the UN and France guarantee the truce: no offensive");
        Arrays.fill(w.presence[Force.MINUSMA.ordinal()], 0);
        Arrays.fill(w.places.garrison[Force.MINUSMA.ordinal()], 0);
        Arrays.fill(w.presence[Force.FRANCE.ordinal()], 0);
        Arrays.fill(w.places.garrison[Force.FRANCE.ordinal()], 0);
        w.recountStrength();
        junta.decide(w, month());
        assertTrue(w.intentions.any(), "the guarantors gone: the junta orders the place taken");
        assertTrue(decided("orders Kidal taken"), log.events().toString());
    }

    @Test
    void russiaReinforcesWhenPaidAndTheStateIsLosingAndLeavesWhenLongUnpaid() {
        RussiaContract contract = new RussiaContract(ST.russia(), T, DOMINANCE, 12, flows, economy);
        w.russiaContract = true;
        russians(1000);
        w.mandate[Force.RUSSIA.ordinal()] = 1000;
        ground(Side.STATE);
        for (int m = 0; m < ST.russia().reviewMonths(); m++) contract.decide(w, month());
        assertEquals(1000, w.mandate[Force.RUSSIA.ordinal()], 1e-9, "the state is winning: no reinforcement");
        ground(Side.JNIM);
        for (int m = 0; m < ST.russia().reviewMonths(); m++) contract.decide(w, month());
        assertEquals(1000 + ST.russia().reinforceTroops(), w.mandate[Force.RUSSIA.ordinal()], 1e-9, "losing ground and paid: reinforce");

        w.russiaSuspended = true;
        w.arrearsMonths = 20;
        for (int m = 0; m < ST.russia().leaveAfter() + 2 && w.russiaContract; m++) contract.decide(w, month());
        assertTrue(decided("strikes a deal with Moscow"), "the junta offers a deal first");
        assertFalse(w.russiaContract, "suspended long enough, Russia leaves");
    }

    @Test
    void ecowasSanctionsAJuntaWithoutATimetableAndLiftsOnADeal() {
        Ecowas ecowas = new Ecowas(ST.ecowas(), T, economy);
        for (int m = 0; m < ST.ecowas().graceMonths() - 1; m++) ecowas.decide(w, month());
        assertFalse(w.sanctions, "within the grace period");
        for (int m = 0; m < 3 && !w.sanctions; m++) ecowas.decide(w, month());
        assertTrue(w.sanctions, "past it: sanctions");
        for (int m = 0; m < ST.ecowas().dealMonths() + 2 && w.sanctions; m++) ecowas.decide(w, month());
        assertFalse(w.sanctions, "the junta agrees a timetable");
        for (int m = 0; m < 24; m++) ecowas.decide(w, month());
        assertFalse(w.sanctions, "a deal holds until the next coup");
    }

    @Test
    void algeriaWarnsWhenAColumnNearsItsBorderAndTheBandLapses() {
        Algeria algeria = new Algeria(ST.algeria(), T, DOMINANCE);
        algeria.decide(w, month());
        assertFalse(algeria.banned(), "no state column near the border");
        stateColumnTo("tinzaouaten", 900);
        algeria.decide(w, month());
        assertTrue(algeria.banned(), "a 900-strong column bound for Tinzaouaten: a warning");
        boolean[] band = GEO.nearBorder("algeria", ST.algeria().bandKm());
        for (int c = 0; c < w.cells; c++) if (band[c]) assertFalse(w.stateMayOperate[c]);
        w.operations.clear();
        for (int m = 0; m < ST.algeria().bandMonths(); m++) algeria.decide(w, month());
        assertFalse(algeria.banned(), "quiet months: the band lapses");
        for (int c = 0; c < w.cells; c++) assertTrue(w.stateMayOperate[c]);
    }

    @Test
    void theAesSignsAPactOnceTheWestHasGoneAndSendsFuelWhenBamakoRunsShort() {
        Ecowas ecowas = new Ecowas(ST.ecowas(), T, economy);
        AllianceOfSahelStates aes = new AllianceOfSahelStates(ST.aes(), T, DOMINANCE, flows, ecowas);
        w.fuel = new FuelLedger(GEO.regions().size(), GEO.corridors().size());
        aes.decide(w, month());
        assertFalse(aes.pact(), "France still here, no sanctions");
        Arrays.fill(w.presence[Force.FRANCE.ordinal()], 0);
        Arrays.fill(w.places.garrison[Force.FRANCE.ordinal()], 0);
        w.recountStrength();
        for (int m = 0; m < 12; m++) ecowas.decide(w, month());
        assertTrue(ecowas.everSanctioned());
        aes.decide(w, month());
        assertTrue(aes.pact());
        w.bamakoStockDays = 30;
        aes.decide(w, month());
        assertEquals(0, w.fuel.extraImport, 1e-9, "30 days of fuel: no convoy");
        w.bamakoStockDays = 3;
        aes.decide(w, month());
        assertEquals(ST.aes().convoyLitres(), w.fuel.extraImport, 1e-9, "3 days: Niger sends a convoy");
    }

    @Test
    void jnimDeclaresABlockadeWhenItHoldsTheImportRoads() {
        JnimStrategy jnim = new JnimStrategy(ST.jnim().roadHold(), SCENARIO.control().insurgentTroopsPerKm2(), T);
        ground(Side.STATE);
        jnim.decide(w, month());
        assertFalse(w.blockade.active(), "the state holds the roads");
        ground(Side.JNIM);
        jnim.decide(w, month());
        assertTrue(w.blockade.active(), "JNIM holds the roads: blockade");
        assertTrue(decided("JNIM declares a blockade"));
    }

    @Test
    void aPlayersOrdersOverrideTheRule() {
        WesternPartner france = new WesternPartner(Force.FRANCE, ST.france(), T, flows);
        w.orders.give("france", List.of("leave"));
        france.decide(w, month());
        assertTrue(france.leaving(), "ordered to leave, France leaves though its rule would stay");
        w.orders.clear();

        JnimStrategy jnim = new JnimStrategy(ST.jnim().roadHold(), SCENARIO.control().insurgentTroopsPerKm2(), T);
        ground(Side.JNIM);
        w.orders.give("jnim", List.of());
        jnim.decide(w, month());
        assertFalse(w.blockade.active(), "ordered to hold, JNIM does not blockade though its rule would");
    }
}
