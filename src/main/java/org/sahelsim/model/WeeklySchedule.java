package org.sahelsim.model;

import java.util.List;
import org.sahelsim.model.actors.ArmedActor;
import org.sahelsim.model.actors.EuropeanUnion;
import org.sahelsim.model.actors.ForeignForce;
import org.sahelsim.model.actors.Hinterland;
import org.sahelsim.model.actors.Insurgency;
import org.sahelsim.model.actors.Jnim;
import org.sahelsim.model.actors.WarChest;
import org.sahelsim.model.actors.Junta;
import org.sahelsim.model.actors.RussianForces;
import org.sahelsim.model.observe.Observers;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.submodels.Administration;
import org.sahelsim.model.submodels.Atrocities;
import org.sahelsim.model.submodels.GovernedHold;
import org.sahelsim.model.submodels.Attitudes;
import org.sahelsim.model.submodels.HeldPlaceStrikes;
import org.sahelsim.model.submodels.LeaderStrikes;
import org.sahelsim.model.submodels.Routs;
import org.sahelsim.model.submodels.CellSweep;
import org.sahelsim.model.submodels.Combat;
import org.sahelsim.model.submodels.Deployment;
import org.sahelsim.model.submodels.Control;
import org.sahelsim.model.submodels.Decisions;
import org.sahelsim.model.submodels.Economy;
import org.sahelsim.model.submodels.FuelSupply;
import org.sahelsim.model.submodels.Movement;
import org.sahelsim.model.submodels.Legitimacy;
import org.sahelsim.model.submodels.Observation;
import org.sahelsim.model.actors.AllianceOfSahelStates;
import org.sahelsim.model.actors.Algeria;
import org.sahelsim.model.actors.CorridorState;
import org.sahelsim.model.actors.ArmsDeals;
import org.sahelsim.model.actors.ArmsSeller;
import org.sahelsim.model.actors.ConvoyEscorts;
import org.sahelsim.model.actors.JuntaTalks;
import org.sahelsim.model.actors.Ecowas;
import org.sahelsim.model.actors.IsSahelStrategy;
import org.sahelsim.model.actors.JnimStrategy;
import org.sahelsim.model.actors.SeparatistStrategy;
import org.sahelsim.model.actors.JuntaStrategy;
import org.sahelsim.model.actors.RussiaContract;
import org.sahelsim.model.actors.StrategicActor;
import org.sahelsim.model.actors.UnMission;
import org.sahelsim.model.actors.WesternPartner;
import org.sahelsim.model.submodels.Operations;
import org.sahelsim.model.submodels.Supply;
import org.sahelsim.model.operations.Planner;
import org.sahelsim.model.operations.Reach;
import org.sahelsim.model.submodels.Politics;
import org.sahelsim.model.submodels.Recruitment;
import org.sahelsim.model.submodels.UnpaidFighters;
import org.sahelsim.model.submodels.Reinforcements;
import org.sahelsim.model.submodels.ScenarioEvents;
import org.sahelsim.model.submodels.Submodel;

/**
 * The week's submodels, declared once, in the order they run (docs/ODD.md §3): dated events;
 * arrivals and departures; the monthly decisions, budget and politics; fuel; movement; combat;
 * strikes from the air on insurgent-held places;
 * the incidents in which civilians were killed (logged, and massacres turning their district);
 * strikes on the insurgents' leaders (monthly);
 * attitudes; recruitment; the unpaid fighters' leaving; control; observation. Each is built from the scenario's parameters.
 */
public final class WeeklySchedule implements java.io.Serializable {
    /**
     * Raised whenever a step is added to or taken from the week, so that a run saved by a version
     * with other steps is refused with a clear message ({@code Checkpoint}) rather than resumed
     * with a step missing: 2 since the strikes on held places and the unpaid fighters' leaving.
     */
    private static final long serialVersionUID = 2L;

    private final ScenarioEvents events;
    private final Reinforcements reinforcements;
    private final Decisions decisions;
    private final Economy economy;
    private final Politics politics;
    private final FuelSupply fuel;
    private final Movement movement;
    private final Combat combat;
    private final Atrocities atrocities;
    private final LeaderStrikes leaderStrikes;
    private final HeldPlaceStrikes heldPlaceStrikes;
    private final Attitudes attitudes;
    private final Recruitment recruitment;
    private final UnpaidFighters unpaidFighters;
    private final Administration administration;
    private final Control control;
    private final Observation observation;
    private final Supply supply;
    private final Operations operations;
    private final Legitimacy legitimacy;

    /**
     * @param cells the run's threads for its cells: the schedule gives them to the submodels and
     *              actors that sweep the cells
     */
    WeeklySchedule(Scenario scenario, WorldState world, Calendar calendar, Observers observers, CellSweep cells) {
        // Control, administration, attitudes, the places' projection and combat take the run's
        // threads from the world.
        world.sweepCellsWith(cells);
        Deployment deployment = new Deployment(world.geo, cells);
        var cp = scenario.control();
        var fp = scenario.forces();
        var st = scenario.strategy();
        double temperature = st.temperature();
        double normalPrice = scenario.fuel().normalPriceCfa();
        double gamma = scenario.attitudes().recruitGrievance();
        double armedPerPerson = scenario.attitudes().fightingAgeMen() * scenario.attitudes().armedShare();
        // Every insurgent group's levy pays its fighters; JNIM, which administers its ground (courts,
        // zakat, food distributions, mediation), also pays for governing it.
        WarChest chest = new WarChest(scenario.attitudes().levyUsdPerPersonMonth(), scenario.attitudes().fighterUsdMonth(),
                scenario.economy().fuelActivityElasticity());
        WarChest jnimChest = new WarChest(scenario.attitudes().levyUsdPerPersonMonth(), scenario.attitudes().fighterUsdMonth(),
                scenario.economy().fuelActivityElasticity(), scenario.attitudes().governingUsdPerKm2Month());
        Planner planner = new Planner(scenario.operations(), scenario.places(), scenario.combat(),
                Reach.of(world.geo, scenario.operations().reachKm()), cells);
        List<ArmedActor> actors = List.of(
                new Junta(fp.fama(), planner),
                new RussianForces(fp.russia(), scenario.economy().arrearsMonthsToSuspend()),
                new ForeignForce(Force.FRANCE, fp.france()),
                new ForeignForce(Force.MINUSMA, fp.minusma()),
                new EuropeanUnion(fp.eu()),
                new ForeignForce(Force.AES, fp.aes()),
                new Jnim(fp.jnim(), gamma, armedPerPerson, jnimChest, cp.insurgentTroopsPerKm2(), scenario.fuel().blockadeRoadFocus(), planner)
                        .across(Hinterland.of(world.geo, fp.jnim().hinterland())),
                new Insurgency(Force.IS_SAHEL, fp.isSahel(), gamma, armedPerPerson, chest, cp.insurgentTroopsPerKm2(), planner)
                        .across(Hinterland.of(world.geo, fp.isSahel().hinterland())),
                new Insurgency(Force.SEPARATISTS, fp.separatists(), gamma, armedPerPerson, chest, cp.insurgentTroopsPerKm2(), planner)
                        .across(Hinterland.of(world.geo, fp.separatists().hinterland())));
        for (ArmedActor a : actors) a.deployedBy(deployment);
        atrocities = new Atrocities(scenario.atrocities(), scenario.attitudes().harmGrievance());
        combat = new Combat(scenario.combat(), atrocities);
        leaderStrikes = new LeaderStrikes(scenario.leaders());
        heldPlaceStrikes = new HeldPlaceStrikes(scenario.operations().heldStrikeRate(), scenario.operations().heldStrikeShareOrNone());
        attitudes = new Attitudes(scenario.attitudes(), normalPrice, cp.insurgentTroopsPerKm2(), st.jnim().blame());
        control = new Control(cp, scenario.places(), world.geo, Administration.weights(scenario.administration(), world.geo))
                .pastoralHolds(fp)
                .governing(GovernedHold.of(fp, scenario.administration(), world.geo));
        administration = new Administration(scenario.administration(), cp.troopsPerKm2(), cp.insurgentTroopsPerKm2(), control);
        fuel = new FuelSupply(scenario.fuel(), world, cp.insurgentTroopsPerKm2(), cells);
        economy = new Economy(scenario.economy(), normalPrice, cp.dominance());
        reinforcements = new Reinforcements(st.legitimacy().nationalist());
        politics = new Politics(scenario.politics(), normalPrice, scenario.economy().arrearsMonthsToSuspend(), cp.dominance(), reinforcements,
                st.legitimacy().coup());
        legitimacy = new Legitimacy(st.legitimacy(), scenario.attitudes().legitimacyStart(), normalPrice, cp.dominance());
        WesternPartner france = new WesternPartner(Force.FRANCE, st.france(), temperature, reinforcements);
        Ecowas ecowas = new Ecowas(st.ecowas(), temperature, economy);
        AllianceOfSahelStates aes = new AllianceOfSahelStates(st.aes(), temperature, cp.dominance(), reinforcements, ecowas);
        List<ArmsSeller> sellers = new java.util.ArrayList<>();
        new java.util.TreeMap<>(st.deals()).forEach((key, deal) -> sellers.add(new ArmsSeller(key, deal, temperature, st.russia().maxTroops())));
        List<StrategicActor> strategists = new java.util.ArrayList<>(List.of(
                new JuntaStrategy(st.junta(), temperature, cp.dominance(), scenario.economy().russiaFeeUsdMonth(), reinforcements, economy, france),
                france,
                new WesternPartner(Force.EU, st.eu(), temperature, reinforcements),
                new UnMission(st.un(), temperature, reinforcements),
                new RussiaContract(st.russia(), temperature, cp.dominance(), scenario.politics().russiaExitWeeks(), reinforcements, economy),
                ecowas,
                new Algeria(st.algeria(), temperature, cp.dominance()),
                new JnimStrategy(st.jnim().roadHold(), cp.insurgentTroopsPerKm2(), temperature, st.talks().jnimPatienceMonths(), politics),
                new IsSahelStrategy(st.isSahel(), cp.insurgentTroopsPerKm2(), temperature),
                new SeparatistStrategy(st.separatists(), cp.insurgentTroopsPerKm2(), temperature),
                aes));
        strategists.addAll(CorridorState.of(st.neighbours(), temperature, fuel, aes));
        strategists.addAll(sellers);
        strategists.add(new ArmsDeals(sellers, temperature, cp.dominance(), economy));
        strategists.add(new JuntaTalks(st.talks(), temperature, cp.dominance(), politics));
        strategists.add(new ConvoyEscorts(st.escorts(), scenario.fuel(), temperature, economy));
        decisions = new Decisions(actors, strategists);
        events = new ScenarioEvents(scenario.eventsOrEmpty(), calendar, fuel, politics, economy, reinforcements, decisions);
        movement = new Movement(actors, deployment);
        recruitment = new Recruitment(actors);
        unpaidFighters = new UnpaidFighters(actors, scenario.attitudes().unpaidLeaveRate());
        observation = new Observation(observers, calendar, cp.dominance(), cp.ungovernedBelow());
        Routs routs = new Routs(scenario.routs());
        supply = new Supply(scenario.operations(), scenario.fuel(), routs, scenario.garrisonSupply());
        operations = new Operations(scenario.operations(), scenario.combat(), cp, politics, atrocities, routs);
    }

    /** The submodels in the order they run each week. */
    public List<Submodel> inOrder() {
        return List.of(events, reinforcements, decisions, economy, politics, legitimacy, fuel, supply, movement, operations, combat,
                heldPlaceStrikes, atrocities, leaderStrikes, attitudes, recruitment, unpaidFighters, control, administration, observation);
    }

    /**
     * Lets the seeded ground settle before the first week: {@code weeks} rounds of the cell contest
     * and of administration with the forces where they start, nothing else moving (ODD §5).
     */
    public void settle(WorldState w, int weeks) {
        for (int k = 0; k < weeks; k++) {
            control.update(w);
            administration.update(w);
        }
    }

    public Decisions decisions() {
        return decisions;
    }

    public FuelSupply fuel() {
        return fuel;
    }

    public Politics politics() {
        return politics;
    }

    public Economy economy() {
        return economy;
    }

    public ScenarioEvents events() {
        return events;
    }

    public Reinforcements reinforcements() {
        return reinforcements;
    }
}
