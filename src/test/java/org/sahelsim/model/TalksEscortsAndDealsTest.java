package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.actors.ArmsDeals;
import org.sahelsim.model.actors.ArmsSeller;
import org.sahelsim.model.actors.ConvoyEscorts;
import org.sahelsim.model.actors.JnimStrategy;
import org.sahelsim.model.actors.JuntaTalks;
import org.sahelsim.model.params.RelationParams;
import org.sahelsim.model.submodels.Politics;

/**
 * The junta's talks with JNIM, its convoy escorts and its arms deals, each in a world built for
 * it: the rule takes the decision, and not when the cause is reversed. The temperature is tiny,
 * so each rule is (almost) a threshold.
 */
class TalksEscortsAndDealsTest extends ConstructedWorld {
    private Politics politics;

    @BeforeEach
    void politics() {
        politics = new Politics(SCENARIO.politics(), SCENARIO.fuel().normalPriceCfa(), SCENARIO.economy().arrearsMonthsToSuspend(),
                DOMINANCE, flows);
    }

    private void noFrance() {
        Arrays.fill(w.presence[Force.FRANCE.ordinal()], 0);
        Arrays.fill(w.places.garrison[Force.FRANCE.ordinal()], 0);
        w.recountStrength();
    }

    /** The junta's pains: fuel at {@code priceTimes} its normal price, and its cohesion. */
    private void pain(double priceTimes, double cohesion) {
        w.bamakoPrice = priceTimes * w.normalFuelPrice;
        w.cohesion = cohesion;
    }

    private JuntaTalks talks() {
        return new JuntaTalks(ST.talks(), T, DOMINANCE, politics);
    }

    @Test
    void theJuntaOpensTalksWhenThePainIsHighAndItsRussianPatronIsGone() {
        JuntaTalks junta = talks();
        ground(Side.JNIM);
        pain(3, 0.3);
        russians(3000);
        w.russiaContract = true;
        junta.decide(w, month());
        assertFalse(w.jnimTalks, "the same pain, with 3,000 Russians under contract: no talks (pressure " + junta.pressure(w) + ")");
        w.russiaSuspended = true;
        junta.decide(w, month());
        assertTrue(w.jnimTalks, "the Russians have suspended their operations: the junta talks (pressure " + junta.pressure(w) + ")");
        assertTrue(decided("The junta opens talks with JNIM"));
        assertEquals(RelationParams.Status.TRUCE, w.relations.between(Side.STATE, Side.JNIM), "a truce for the talks");
        assertFalse(w.russiaContract, "talks exclude Russia: the contract ends");
        assertEquals(0, w.mandate[Force.RUSSIA.ordinal()], 1e-9, "Russian forces are to leave");
    }

    /**
     * Russian forces unpaid and suspended stay out of the fight when talks end their contract, until
     * they are paid; and when the last of them has gone no resumption is logged.
     */
    @Test
    void russiansSuspendedWhenTheirContractEndsStayOutOfTheFightUntilPaid() {
        org.sahelsim.model.actors.RussianForces russia = new org.sahelsim.model.actors.RussianForces(
                SCENARIO.forces().of(Force.RUSSIA), SCENARIO.economy().arrearsMonthsToSuspend());
        russia.deployedBy(new org.sahelsim.model.submodels.Deployment(w.geo, org.sahelsim.model.submodels.CellSweep.on(1)));
        russians(1000);
        w.russiaContract = true;
        w.arrearsMonths = SCENARIO.economy().arrearsMonthsToSuspend();
        russia.decide(w, month());
        assertTrue(w.russiaSuspended, "unpaid: operations suspended");
        w.russiaContract = false; // talks that exclude Russia end the contract
        russia.decide(w, month());
        assertTrue(w.russiaSuspended, "the contract ended, still unpaid: they do not come back to the fight on their way out");
        russians(0);
        russia.decide(w, month());
        assertFalse(w.russiaSuspended);
        assertTrue(log.events().stream().noneMatch(e -> e.description().contains("resume operations")),
                "no resumption logged when the last of them has gone: " + log.events());
        russians(800);
        w.russiaContract = true;
        w.arrearsMonths = SCENARIO.economy().arrearsMonthsToSuspend();
        russia.decide(w, month());
        w.arrearsMonths = 0;
        russia.decide(w, month());
        assertFalse(w.russiaSuspended, "paid: operations resume");
        assertTrue(log.events().stream().anyMatch(e -> e.description().contains("resume operations after Bamako pays")));
    }

    @Test
    void withoutPainThereAreNoTalksEvenWithoutAPatron() {
        JuntaTalks junta = talks();
        ground(Side.STATE);
        pain(1, 1);
        w.russiaContract = false;
        for (int m = 0; m < 6; m++) junta.decide(w, month());
        assertFalse(w.jnimTalks, "the state holds the ground, fuel is cheap, the junta is united: no talks");
    }

    @Test
    void talksLiftTheBlockadeAndTheJuntaEndsThemOnceThePainHasEased() {
        JuntaTalks junta = talks();
        w.blockade.declare(new int[0], month(), null);
        ground(Side.JNIM);
        pain(3, 0.3);
        w.russiaContract = false;
        junta.decide(w, month());
        assertTrue(w.jnimTalks);
        assertFalse(w.blockade.active(), "JNIM lifts its blockade for the talks");
        for (int m = 0; m < ST.talks().minMonths() + 2; m++) junta.decide(w, month());
        assertTrue(w.jnimTalks, "the pain is as high: the talks go on");
        ground(Side.STATE);
        pain(1, 0.9);
        junta.decide(w, month());
        assertFalse(w.jnimTalks, "the pain has eased: the junta ends the talks");
        assertTrue(decided("the junta ends its talks with JNIM"));
        assertEquals(RelationParams.Status.WAR, w.relations.between(Side.STATE, Side.JNIM), "at war again");
    }

    @Test
    void theJuntaDoesNotEndTalksBeforeTheirLeastMonths() {
        JuntaTalks junta = talks();
        ground(Side.JNIM);
        pain(3, 0.3);
        w.russiaContract = false;
        junta.decide(w, month());
        assertTrue(w.jnimTalks);
        ground(Side.STATE);
        pain(1, 0.9);
        for (int m = 0; m < ST.talks().minMonths() - 1; m++) junta.decide(w, month());
        assertTrue(w.jnimTalks, "too soon to end them");
    }

    @Test
    void jnimBreaksOffTalksWhenTheRussiansStayAndNotWhenTheyHaveGone() {
        JnimStrategy jnim = new JnimStrategy(ST.jnim().roadHold(), SCENARIO.control().insurgentTroopsPerKm2(), T,
                ST.talks().jnimPatienceMonths(), politics);
        ground(Side.STATE);
        politics.openTalks(w, month(), false, "talks", "the junta");
        w.russiaContract = false;
        russians(0);
        for (int m = 0; m < 2 * ST.talks().jnimPatienceMonths(); m++) jnim.decide(w, month());
        assertTrue(w.jnimTalks, "no foreign forces: JNIM's demand is met and it keeps talking");
        w.russiaContract = true;
        russians(2000);
        for (int m = 0; m < ST.talks().jnimPatienceMonths() + 1 && w.jnimTalks; m++) jnim.decide(w, month());
        assertFalse(w.jnimTalks, "the Russians stay: JNIM breaks off the talks");
        assertTrue(decided("JNIM breaks off its talks with the junta"));
        assertEquals(RelationParams.Status.WAR, w.relations.between(Side.STATE, Side.JNIM));
    }

    @Test
    void aCoupStillBringsTalksWhenTheNewJuntaNegotiates() {
        var p = SCENARIO.politics();
        Politics talking = new Politics(new org.sahelsim.model.params.PoliticsParams(p.cohesionStart(), p.recovery(), p.territoryLoss(),
                p.fuelPain(), p.arrearsPain(), p.coupThreshold(), p.coupHazard(), true, p.russiaExitWeeks(), p.source()),
                SCENARIO.fuel().normalPriceCfa(), SCENARIO.economy().arrearsMonthsToSuspend(), DOMINANCE, flows);
        w.russiaContract = true;
        talking.coup(w, month(), "A test");
        assertTrue(w.jnimTalks);
        assertFalse(w.russiaContract);
        assertTrue(log.events().stream().anyMatch(e -> e.description().contains("The new junta ends the Russian contract")));
    }

    /** An escort force from FAMa's field army of 10,000 in Bamako (the world is not deployed). */
    private ConvoyEscorts escorts() {
        w.presence[Force.FAMA.ordinal()][GEO.town("bamako").cell()] = 10000;
        w.recountStrength();
        return new ConvoyEscorts(ST.escorts(), SCENARIO.fuel(), T, economy);
    }

    /** Four weeks in which {@code share} of the tankers sent were lost. */
    private void losses(double share) {
        w.fuel = new FuelLedger(GEO.regions().size(), GEO.corridors().size());
        for (int k = 0; k < 4; k++) w.fuel.recordLosses(1000 * share, 1000);
    }

    @Test
    void theJuntaEscortsConvoysWhenTheRoadsAreDeadlyAndTakesTheTroopsFromTheField() {
        ConvoyEscorts junta = escorts();
        w.treasuryUsd = 1e8;
        w.bamakoStockDays = 30;
        int fama = Force.FAMA.ordinal();
        losses(0.01);
        junta.decide(w, month());
        assertFalse(w.escortConvoys, "1% of tankers lost with full stocks: not worth 2,000 troops (worth " + junta.worth(w) + ")");
        double strength = w.strength[fama];
        double field = w.fieldStrength(fama);
        double treasury = w.treasuryUsd;
        losses(0.2);
        junta.decide(w, month());
        assertTrue(w.escortConvoys, "a fifth of the tankers lost: escorts (worth " + junta.worth(w) + ")");
        assertTrue(decided("puts army escorts on fuel convoys"));
        assertEquals(junta.escortForce(), w.escortTroops, 1e-6, "a full escort");
        assertEquals(field - junta.escortForce(), w.fieldStrength(fama), 1e-6, "taken out of the field army");
        assertEquals(strength, w.strength[fama], 1e-6, "FAMa's strength conserved: the escorts are still FAMa");
        w.recountStrength();
        assertEquals(strength, w.strength[fama], 1e-6, "and counted as such");
        assertEquals(treasury, w.treasuryUsd, 1e-6, "paid from next month");
        junta.decide(w, month());
        assertEquals(treasury - junta.escortForce() * ST.escorts().usdPerTroopMonth(), w.treasuryUsd, 1e-3, "a month's escort paid");
        assertTrue(w.escortConvoys, "the same losses: escorts stay");
    }

    @Test
    void escortsAreJudgedByTheLossesTheyPreventAndComeBackWhenTheRoadsCalm() {
        ConvoyEscorts junta = escorts();
        w.treasuryUsd = 1e8;
        w.bamakoStockDays = 30;
        int fama = Force.FAMA.ordinal();
        double field = w.fieldStrength(fama);
        losses(0.2);
        junta.decide(w, month());
        assertTrue(w.escortConvoys);
        losses(0.08);
        junta.decide(w, month());
        assertTrue(w.escortConvoys, "8% still lost under escort means a fifth unescorted: they stay (worth " + junta.worth(w) + ")");
        losses(0.0);
        junta.decide(w, month());
        assertFalse(w.escortConvoys, "no losses: the escorts come back");
        assertTrue(decided("stops escorting fuel convoys"));
        assertEquals(0, w.escortTroops, 1e-9);
        assertEquals(field, w.fieldStrength(fama), 1e-6, "every escort back in the field");
    }

    @Test
    void aShortageInBamakoMakesTheSameLossesWorthEscorting() {
        ConvoyEscorts junta = escorts();
        w.treasuryUsd = 1e8;
        losses(0.04);
        w.bamakoStockDays = 30;
        junta.decide(w, month());
        assertFalse(w.escortConvoys, "4% lost, full stocks: no escorts (worth " + junta.worth(w) + ")");
        w.bamakoStockDays = 3;
        junta.decide(w, month());
        assertTrue(w.escortConvoys, "the same losses with three days of fuel left: escorts (worth " + junta.worth(w) + ")");
    }

    @Test
    void noEscortsWithoutTheMoney() {
        ConvoyEscorts junta = escorts();
        w.treasuryUsd = 0;
        w.bamakoStockDays = 3;
        losses(0.5);
        junta.decide(w, month());
        assertFalse(w.escortConvoys, "an empty treasury cannot pay a month of escorts");
    }

    private List<ArmsSeller> sellers() {
        return new java.util.TreeMap<>(ST.deals()).entrySet().stream()
                .map(e -> new ArmsSeller(e.getKey(), e.getValue(), T, ST.russia().maxTroops())).toList();
    }

    private ArmsSeller seller(List<ArmsSeller> sellers, String key) {
        return sellers.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theJuntaBuysTurkishDronesToReplaceLostAirPowerIfItCanPay() {
        List<ArmsSeller> sellers = sellers();
        ArmsSeller turkey = seller(sellers, "turkey");
        ArmsDeals junta = new ArmsDeals(sellers, T, DOMINANCE, economy);
        turkey.decide(w, month());
        assertTrue(turkey.offered(), "Turkey sells from the start");
        ground(Side.STATE);
        w.treasuryUsd = 1e9;
        junta.decide(w, month());
        assertFalse(decided("buys a batch of armed drones"), "France's air power is still there: no need");
        noFrance();
        w.treasuryUsd = ST.deals().get("turkey").priceUsd() / 2;
        junta.decide(w, month());
        assertFalse(decided("buys a batch of armed drones"), "France's air power gone, but no money");
        w.treasuryUsd = 1e9;
        double isr = w.isr[Force.FAMA.ordinal()];
        for (int c = 0; c < w.cells; c += 4) {
            w.control[Side.STATE.ordinal()][c] = 0;
            w.control[Side.JNIM.ordinal()][c] = 0.9;
        }
        junta.decide(w, month());
        assertTrue(decided("buys a batch of armed drones from Turkey"), "the money and the need: it buys");
        assertTrue(w.isr[Force.FAMA.ordinal()] > isr);
        assertEquals(1e9 - ST.deals().get("turkey").priceUsd(), w.treasuryUsd, 1e-3, "paid from the treasury");
        for (int m = 0; m < 10; m++) junta.decide(w, month());
        assertEquals(ST.deals().get("turkey").batches(), junta.struck(sellers.indexOf(turkey)), "no more batches than Turkey sells");
    }

    @Test
    void theUnitedStatesOffersOnlyOnceFranceHasGoneAndTheRussianPatronIsWeak() {
        List<ArmsSeller> sellers = sellers();
        ArmsSeller us = seller(sellers, "united_states");
        noFrance();
        w.russiaContract = false;
        for (int m = 0; m < 6; m++) us.decide(w, month());
        assertFalse(us.offered(), "France gone, but no Russians have come: no ground lost to Russia yet");
        w.russiaContract = true;
        russians(3000);
        for (int m = 0; m < 6; m++) us.decide(w, month());
        assertFalse(us.offered(), "3,000 Russians under contract: the US stays out");
        w.russiaSuspended = true;
        us.decide(w, month());
        assertTrue(us.offered(), "the Russians suspended: the US offers");
        assertTrue(decided("The United States offers Bamako"));

        ArmsDeals junta = new ArmsDeals(sellers, T, DOMINANCE, economy);
        ground(Side.JNIM);
        w.treasuryUsd = 1e8;
        junta.decide(w, month());
        assertTrue(decided("from the United States"), "the junta takes the US engagement");
        double treasury = w.treasuryUsd;
        junta.decide(w, month());
        assertEquals(treasury - ST.deals().get("united_states").monthlyUsd(), w.treasuryUsd, 1e-3, "its price is paid every month");
    }

    @Test
    void chinaOffersOnceTheWestHasGoneAndLetsTheJuntaOweHalf() {
        List<ArmsSeller> sellers = sellers();
        ArmsSeller china = seller(sellers, "china");
        china.decide(w, month());
        assertFalse(china.offered(), "France still here: China waits");
        noFrance();
        china.decide(w, month());
        assertTrue(china.offered());
        ArmsDeals junta = new ArmsDeals(sellers, T, DOMINANCE, economy);
        ground(Side.JNIM);
        double price = ST.deals().get("china").priceUsd();
        w.treasuryUsd = price * (1 - ST.deals().get("china").credit()) * 0.9;
        junta.decide(w, month());
        assertFalse(decided("from China"), "not even the part China does not lend");
        w.treasuryUsd = price * (1 - ST.deals().get("china").credit());
        double quality = w.quality[Force.FAMA.ordinal()];
        junta.decide(w, month());
        assertTrue(decided("from China"), "the part China does not lend: it buys");
        assertTrue(w.treasuryUsd < 0, "and owes the rest");
        assertTrue(w.quality[Force.FAMA.ordinal()] > quality, "FAMa's quality rises");
    }
}
