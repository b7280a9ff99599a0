package org.sahelsim.model.params;

/**
 * Operations: how each side chooses them each month, and how assaults, sieges, raids, reliefs,
 * reinforcements and withdrawals play out.
 *
 * @param temperature          spread of the monthly choice (a logit over each option's expected worth,
 *                             troop-equivalents): near 0 always the best option, large any option alike
 * @param perMonth             operations a side may launch in a month, at most
 * @param reachKm              distance from which a side gathers troops for an operation
 * @param commitShare          largest share of a side's field troops within reach that one operation takes
 * @param targetOdds           the chance of success an attacker sizes its force for, when it can
 * @param minTroops            smallest force that makes an operation (fewer cannot take or hold anything)
 * @param attackerBreak        share of its troops an attacker loses before it gives up an assault
 * @param defenderBreak        share of its troops a defending garrison loses before the place falls
 * @param luck                 standard deviation of the log of an assault's fortune (weather, surprise, morale)
 * @param intelligence         standard deviation of the log of a side's error in counting an enemy
 *                             garrison, divided by its ISR
 * @param garrisonSpread       standard deviation of the log of a place's defenders about the garrison its holder
 *                             ordinarily keeps there, as an attacker expects it before counting: the prior its
 *                             count is weighed against (ODD §7.9); absent, a side takes its counts as they are
 * @param routRatio            defenders left over attackers left above which a failed assault becomes a rout
 * @param routLoss             share of a routed attacker's survivors lost in the pursuit
 * @param captured             share of a fallen garrison's survivors lost (captured, killed, scattered)
 * @param garrisonAfterCapture share of the victorious attackers left to garrison a captured place
 * @param ambush               chance a column is ambushed in a road cell that hostile fighters hold fully
 * @param airInterdiction      share of an insurgent column lost a week per unit of the enemy's air power above 1
 * @param siegeRatio           besiegers needed per defender to hold a siege ring
 * @param siegeInterdiction    how many times more often convoys are hit on roads besiegers hold
 * @param starvation           share of a garrison lost a week (desertion, sickness) once its supplies are gone
 * @param surrenderWeeks       weeks a garrison holds out with no supplies before it surrenders
 * @param airlift              troop-days of supply a side with aircraft can fly into besieged places a week, in all
 * @param raidShare            share of the troops within reach a raid takes
 * @param raidDays             length of a raid's fighting, days
 * @param raidShock            junta cohesion lost per thousand troop-equivalents of political worth struck by a raid
 * @param upkeep               what keeping one troop in a garrison costs a side, in troop-equivalents
 *                             (the field force it no longer has)
 * @param raidWorth            share of a place's worth to the raider that a raid on it brings (prestige, loot, fear)
 * @param intentionWorth       how many times its worth a place is to the state while it intends to take it
 * @param strangle             how much of the capital's worth strangling it is worth to JNIM under its blockade, per
 *                             unit of the capital's fuel price above normal (capped at all of it): what an
 *                             assault or a siege of the capital forgoes
 * @param heldStrikes          share of an insurgent garrison in a place it holds lost a week to the state's strikes from the
 *                             air, per unit of the state's air power above 1 (as a rate: {@code 1 − exp(−r (A − 1))} a
 *                             week); absent, no held place is struck
 * @param heldStrikeShare      share of a held place's garrison one strike that finds it kills: the strikes are a Poisson
 *                             draw whose expected toll is {@code heldStrikes}' closed form; absent, the expected share
 *                             is taken every week, with no draw
 * @param massedAmbush         chance that an ambush on a column is sprung by a band gathered from the fighters within a day's
 *                             drive of it (the routs' {@code reach_km}) rather than by the fighters in the cell alone; a
 *                             column so ambushed that loses its break share is routed ({@code ColumnRouts}); absent, no
 *                             ambush is massed and no column is routed
 * @param massedAmbushDays     how long a massed ambush holds the column under fire, days (absent: the combat's
 *                             {@code ambush_days}, as an ordinary ambush)
 * @param routShock            junta cohesion lost per hundred of the state's troops killed in a column's rout
 * @param routStanding         what a rout of the state's column costs its legitimacy for good, per hundred of its troops
 *                             killed: a lasting term of the legitimacy the state's moves toward (ODD §7.2); absent, nothing
 * @param source               where the numbers come from
 */
public record OperationParams(@Bounds(min = 0) double temperature,
                              @Bounds(min = 0) int perMonth,
                              @Bounds(min = 0) double reachKm,
                              @Bounds(min = 0, max = 1) double commitShare,
                              @Bounds(min = 0, max = 1) double targetOdds,
                              @Bounds(min = 1) double minTroops,
                              @Bounds(min = 0.01, max = 1) double attackerBreak,
                              @Bounds(min = 0.01, max = 1) double defenderBreak,
                              @Bounds(min = 0.01) double luck,
                              @Bounds(min = 0) double intelligence,
                              @Optional @Bounds(min = 0.01) Double garrisonSpread,
                              @Bounds(min = 0) double routRatio,
                              @Bounds(min = 0, max = 1) double routLoss,
                              @Bounds(min = 0, max = 1) double captured,
                              @Bounds(min = 0, max = 1) double garrisonAfterCapture,
                              @Bounds(min = 0, max = 1) double ambush,
                              @Bounds(min = 0, max = 1) double airInterdiction,
                              @Bounds(min = 0) double siegeRatio,
                              @Bounds(min = 1) double siegeInterdiction,
                              @Bounds(min = 0, max = 1) double starvation,
                              @Bounds(min = 0) int surrenderWeeks,
                              @Bounds(min = 0) double airlift,
                              @Bounds(min = 0, max = 1) double raidShare,
                              @Bounds(min = 0) double raidDays,
                              @Bounds(min = 0) double raidShock,
                              @Bounds(min = 0) double upkeep,
                              @Bounds(min = 0, max = 1) double raidWorth,
                              @Bounds(min = 1) double intentionWorth,
                              @Bounds(min = 0) double strangle,
                              @Optional @Bounds(min = 0) Double heldStrikes,
                              @Optional @Bounds(min = 0, max = 1) Double heldStrikeShare,
                              @Optional @Bounds(min = 0, max = 1) Double massedAmbush,
                              @Optional @Bounds(min = 0) Double massedAmbushDays,
                              @Optional @Bounds(min = 0) Double routShock,
                              @Optional @Bounds(min = 0) Double routStanding,
                              @Optional String source) implements java.io.Serializable {

    /** {@link #heldStrikes}, 0 where absent. */
    public double heldStrikeRate() {
        return heldStrikes == null ? 0 : heldStrikes;
    }

    /** {@link #heldStrikeShare}, 0 (no draw) where absent. */
    public double heldStrikeShareOrNone() {
        return heldStrikeShare == null ? 0 : heldStrikeShare;
    }

    /** {@link #massedAmbush}, 0 (no ambush massed) where absent. */
    public double massedAmbushOrNone() {
        return massedAmbush == null ? 0 : massedAmbush;
    }

    /** {@link #routShock}, 0 where absent. */
    public double routShockOrNone() {
        return routShock == null ? 0 : routShock;
    }

    /** {@link #routStanding}, 0 where absent. */
    public double routStandingOrNone() {
        return routStanding == null ? 0 : routStanding;
    }
}
