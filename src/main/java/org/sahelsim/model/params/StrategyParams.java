package org.sahelsim.model.params;

import java.util.Map;

/**
 * The actors' strategic decision rules (docs/ODD.md §7.11). Each rule turns what the actor reads
 * of the world into a pressure (a number of the order of 1) and acts, each month, with the logit
 * probability {@code 1 / (1 + exp(−(pressure − threshold) / temperature))}: actors misjudge and
 * hesitate, so seeds tell different histories. In a {@code history} run the rules whose
 * decisions the scenario dates are off; the attitudes' rules (legitimacy, blame, the insurgents'
 * need for fuel) apply in both modes.
 *
 * @param temperature  spread of every yes/no decision around its threshold
 * @param legitimacy   how the state's legitimacy moves
 * @param france       France's commitment (and the EU's)
 * @param eu           the EU training mission's
 * @param un           the host's consent to the UN mission
 * @param junta        the junta's partners, policies and intentions
 * @param russia       the Russian contract
 * @param ecowas       sanctions and their lifting
 * @param algeria      warnings, the no-go band and mediation between the junta and the separatists
 * @param neighbours   the corridor states' own rules for their borders with Mali
 * @param aes          the Alliance of Sahel States
 * @param jnim         JNIM's blockade and blame
 * @param isSahel      IS Sahel's drives, terror and truces with JNIM
 * @param separatists  the separatists' truce with the state, their stand and their alliance with JNIM
 * @param talks        the junta's talks with JNIM, and JNIM's patience in them
 * @param escorts      the junta's escorts of fuel convoys
 * @param deals        arms and engagement deals, by seller ({@code turkey}, {@code china},
 *                     {@code united_states}): what each sells, at what price, and when it offers
 * @param source       where the numbers come from
 */
public record StrategyParams(@Bounds(min = 0.001) double temperature,
                             LegitimacyRule legitimacy,
                             PatronRule france,
                             PatronRule eu,
                             ConsentRule un,
                             JuntaRule junta,
                             RussiaRule russia,
                             EcowasRule ecowas,
                             AlgeriaRule algeria,
                             AesRule aes,
                             JnimRule jnim,
                             NeighbourRule neighbours,
                             IsSahelRule isSahel,
                             SeparatistRule separatists,
                             TalksRule talks,
                             EscortRule escorts,
                             java.util.Map<String, DealRule> deals,
                             @Optional String source) implements java.io.Serializable {

    /**
     * Legitimacy (Epstein's L) moves each month toward
     * {@code start + security × (Δ share of people the state holds) − abuses × (civilians the
     * state's forces killed a month, per 100) − hardship × (Bamako's fuel price over normal − 1)},
     * closing {@code rate} of the gap; a foreign force leaving adds {@code nationalist} (the
     * sovereigntist moment), a coup takes {@code coup}.
     */
    public record LegitimacyRule(@Bounds(min = 0, max = 1) double rate,
                                 @Bounds(min = 0) double security,
                                 @Bounds(min = 0) double abuses,
                                 @Bounds(min = 0) double hardship,
                                 @Bounds(min = 0, max = 1) double nationalist,
                                 @Bounds(min = 0, max = 1) double coup,
                                 @Optional String source) implements java.io.Serializable {
    }

    /**
     * A Western partner's commitment (0–1) recovers {@code recovery} of its gap each month and
     * falls with its own dead ({@code casualties} per 10 killed in the month), with a rival patron
     * in the country ({@code rival} per 1,000 Russian troops) and with a junta born of a coup
     * ({@code coup}, once per coup). Below {@code leaveBelow} it leaves (its troops go over
     * {@code exitWeeks}).
     */
    public record PatronRule(@Bounds(min = 0, max = 1) double commitmentStart,
                             @Bounds(min = 0, max = 1) double recovery,
                             @Bounds(min = 0) double casualties,
                             @Bounds(min = 0) double rival,
                             @Bounds(min = 0) double coup,
                             @Bounds(min = 0, max = 1) double leaveBelow,
                             @Bounds(min = 0) int exitWeeks,
                             @Optional String source) implements java.io.Serializable {
    }

    /**
     * The host's consent to the UN mission. Its sovereigntist pressure is {@code rival} per 1,000
     * Russian troops, plus {@code westGone} once France has gone, plus {@code abuses} per 100
     * civilians its forces killed in the last three months (what the mission reports); above
     * {@code threshold} it withdraws consent and the mission leaves over {@code exitWeeks}.
     */
    public record ConsentRule(@Bounds(min = 0) double rival,
                              @Bounds(min = 0) double westGone,
                              @Bounds(min = 0) double abuses,
                              @Bounds(min = 0) double threshold,
                              @Bounds(min = 0) int exitWeeks,
                              @Optional String source) implements java.io.Serializable {
    }

    /**
     * The junta's own choices.
     *
     * @param patronThreshold  pressure above which it calls in Russian forces: the insurgents'
     *                         share of the territory plus (1 − its Western patron's commitment)
     * @param contractTroops   the troops of the contract it signs (it pays the fee of {@code economy})
     * @param contractWeeks    weeks over which they arrive
     * @param restrictThreshold pressure (insurgents' share of rural people) above which it restricts rural fuel
     * @param taxCutThreshold  pressure (1 − legitimacy + fuel price over normal − 1) above which it cuts taxes
     * @param intentionWorth   worth (troop-equivalents, the state's) of the best place others hold above which it orders it taken
     * @param intentionShare   share of its field army it commits to an intention
     * @param intentionWeeks   weeks an intention stands
     * @param source           where the numbers come from
     */
    public record JuntaRule(@Bounds(min = 0) double patronThreshold,
                            @Bounds(min = 0) double contractTroops,
                            @Bounds(min = 0) int contractWeeks,
                            @Bounds(min = 0) double restrictThreshold,
                            @Bounds(min = 0) double taxCutThreshold,
                            @Bounds(min = 0) double intentionWorth,
                            @Bounds(min = 0, max = 1) double intentionShare,
                            @Bounds(min = 1) int intentionWeeks,
                            @Optional String source) implements java.io.Serializable {
    }

    /**
     * The Russian contract: reinforcements of {@code reinforceTroops} (up to {@code maxTroops})
     * when the state is losing ground (pressure: the insurgents' share of the territory) and
     * Bamako pays, reviewed every {@code reviewMonths}; a deal (a refinery, a concession) that settles {@code dealMonths} of arrears
     * once operations have been suspended {@code dealAfter} months; the contract ends when they
     * have been suspended {@code leaveAfter} months.
     */
    public record RussiaRule(@Bounds(min = 0) double reinforceTroops,
                             @Bounds(min = 0) double maxTroops,
                             @Bounds(min = 0) double reinforceThreshold,
                             @Bounds(min = 1) int reviewMonths,
                             @Bounds(min = 0) double dealMonths,
                             @Bounds(min = 0) double dealAfter,
                             @Bounds(min = 0) double leaveAfter,
                             @Optional String source) implements java.io.Serializable {
    }

    /**
     * ECOWAS sanctions a junta whose transition timetable breaks its rules: after
     * {@code graceMonths} without an agreed timetable since the last coup the pressure
     * {@code months without a deal / graceMonths} passes 1; sanctions cut the state's revenue by
     * {@code revenueLoss}. The junta agrees a timetable when the months under sanctions pass
     * {@code dealMonths} (pressure: months / dealMonths), and sanctions are lifted.
     */
    public record EcowasRule(@Bounds(min = 1) double graceMonths,
                             @Bounds(min = 0, max = 1) double revenueLoss,
                             @Bounds(min = 1) double dealMonths,
                             @Optional String source) implements java.io.Serializable {
    }

    /**
     * Algeria warns when the state operates within {@code borderKm} of its border (the troops of
     * its columns bound there, per 300); a warning makes a no-go band {@code bandKm} deep for state
     * forces, which lapses after {@code bandMonths} without new operations there.
     *
     * <p>Mediation: while the state and the separatists are at war, Algeria offers to mediate
     * when its pressure, the troops of state columns near its border per 300 plus {@code north}
     * times the state's share of the separatists' home ground, passes {@code mediateAt}, at most
     * once every {@code offerMonths}. The junta accepts when its ties with Algeria (0–1, starting
     * at {@code tiesStart}) plus the insurgents' share of the territory, less the state's share of
     * the separatists' ground, pass {@code acceptAt}: a truce is restored. A refusal costs the
     * ties {@code refusalCost}, a warning {@code warningCost}; they recover {@code recovery} of
     * their gap to the start a month. The junta ends the Algiers Accord once the truce is broken
     * and {@code 1 − ties} plus its share of the separatists' ground pass {@code endAt}.
     *
     * <p>Shelter ({@code BorderShelter}): Algeria objects to the state's strikes and columns near
     * its border, with the stance 1 while its warnings stand (its band) and {@code objection}
     * otherwise; the state weighs that stance falling off by a factor e every {@code shelterKm}
     * from the border. Both absent: no shelter.
     */
    public record AlgeriaRule(@Bounds(min = 0) double borderKm,
                              @Bounds(min = 0) double threshold,
                              @Bounds(min = 0) double bandKm,
                              @Bounds(min = 1) int bandMonths,
                              @Bounds(min = 0) double north,
                              @Bounds(min = 0) double mediateAt,
                              @Bounds(min = 1) int offerMonths,
                              @Bounds(min = 0, max = 1) double tiesStart,
                              @Bounds(min = 0) double acceptAt,
                              @Bounds(min = 0, max = 1) double refusalCost,
                              @Bounds(min = 0, max = 1) double warningCost,
                              @Bounds(min = 0, max = 1) double recovery,
                              @Bounds(min = 0) double endAt,
                              @Optional @Bounds(min = 0.01) Double shelterKm,
                              @Optional @Bounds(min = 0, max = 1) Double objection,
                              @Optional String source) implements java.io.Serializable {
    }

    /**
     * The corridor states' own rules for their borders with Mali (Senegal, Côte d'Ivoire, Guinea,
     * Mauritania, Niger, Burkina Faso). Each month each weighs shutting its border:
     * {@code P = obligation × [bound by ECOWAS sanctions now] + insecurity × (chance a convoy is
     * hit on its stretch of the corridor) − revenue × dependence − ties × its ties with the
     * junta}. An open border is restricted when {@code P} passes {@code restrictAt} (its corridors
     * carry {@code restrictedFlow} of what they would), closed when it passes {@code closeAt};
     * a restricted or closed border reopens when {@code P} falls below {@code reopenBelow}. An
     * open state whose neighbours' corridors lose flow (closed, restricted or attacked) takes
     * Mali's diverted trade when {@code ties × its ties + revenue × (the share of Mali's imports
     * lost elsewhere ÷ its own corridors' normal share)} passes {@code divertAt}; its corridors'
     * surge capacity then grows to its {@code maxSurge} over {@code diversionMonths} while the
     * others fall short (diversion takes time).
     */
    public record NeighbourRule(@Bounds(min = 0) double obligation,
                                @Bounds(min = 0) double revenue,
                                @Bounds(min = 0) double ties,
                                @Bounds(min = 0) double insecurity,
                                double restrictAt,
                                double closeAt,
                                double reopenBelow,
                                @Bounds(min = 0, max = 1) double restrictedFlow,
                                @Bounds(min = 0) double divertAt,
                                @Bounds(min = 1) int diversionMonths,
                                Map<String, CorridorStateRule> states,
                                @Optional String source) implements Validated, java.io.Serializable {
        @Override
        public void validate(Checker check) {
            check.require(restrictAt <= closeAt, "close_at", Double.toString(closeAt), "at least restrict_at (" + restrictAt + ")");
            check.require(reopenBelow <= restrictAt, "reopen_below", Double.toString(reopenBelow), "at most restrict_at (" + restrictAt + ")");
        }
    }

    /**
     * One corridor state (keyed by its country key, as the corridors' {@code origin_country}).
     *
     * @param name       its name in the log
     * @param ecowas     whether it is bound by ECOWAS's sanctions on Mali
     * @param aes        whether it joins Mali in the Alliance of Sahel States once the pact is
     *                   signed (its obligation to ECOWAS then lapses and its ties become 1)
     * @param dependence how much of its own trade and revenue rides on Mali's, 0–1
     * @param ties       its ties with the junta, 0–1
     * @param maxSurge   how many times their normal flow its corridors can carry once it has taken
     *                   Mali's diverted trade
     * @param source     where the numbers come from
     */
    public record CorridorStateRule(String name,
                                    boolean ecowas,
                                    boolean aes,
                                    @Bounds(min = 0, max = 1) double dependence,
                                    @Bounds(min = 0, max = 1) double ties,
                                    @Bounds(min = 1) double maxSurge,
                                    @Optional String source) implements java.io.Serializable {
    }

    /**
     * The Alliance of Sahel States: formed once the West has gone and ECOWAS has sanctioned
     * (pressure 1 each); a joint force of {@code jointForceTroops} once the insurgents hold more than
     * {@code jointForceThreshold} of the territory; a fuel convoy of {@code convoyLitres} when
     * Bamako has fewer than {@code shortDays} days of fuel, at most one every {@code convoyMonths}.
     */
    public record AesRule(@Bounds(min = 0) double jointForceTroops,
                          @Bounds(min = 0, max = 1) double jointForceThreshold,
                          @Bounds(min = 0) double convoyLitres,
                          @Bounds(min = 0) double shortDays,
                          @Bounds(min = 1) int convoyMonths,
                          @Optional String source) implements java.io.Serializable {
    }

    /**
     * JNIM's economic war: it declares a blockade when its hold on the import roads (its mean
     * control of their cells plus its fighters on them, over {@code roadHold}) passes 1, and lifts
     * it in talks. Under a blockade people blame {@code blame} of the fuel hardship on it.
     */
    public record JnimRule(@Bounds(min = 0.001) double roadHold,
                           @Bounds(min = 0, max = 1) double blame,
                           @Bounds(min = 0, max = 1) double fuelDependence,
                           @Optional String source) implements java.io.Serializable {
    }

    /**
     * IS Sahel's aims. A region's opening is IS Sahel's foothold there (its control plus its
     * fighters' presence, capped at 1 per cell) times how ungoverned it is (1 − the state's side's
     * troops there, each times its force's engagement, times the state's air power, over
     * {@code governedTroops} per 1,000 km², at least 0); where it has a foothold
     * of at least {@code footholdMin}, above {@code driveThreshold} it drives into the region with the best opening,
     * sending {@code driveShare} of its field fighters there, until the state's side's troops
     * there (per {@code governedTroops}) plus its own hold pass {@code driveEnd}. It seeks a local
     * truce with JNIM when the state's side presses both harder than they meet each other (the
     * share of fighters where the state's troops are, less the share where the rival's are, above
     * {@code truceThreshold}), and goes back to war when it is the other way round by
     * {@code warThreshold}. It wages terror when the people where its fighters are support its
     * enemies (their mean support above {@code terrorThreshold}): its civilian harm times
     * {@code terrorHarm}, and {@code terrorCow} of its enemies' support cowed each month where it
     * is, for {@code terrorMonths}. Each rule's pressure is its reading over its threshold, against 1,
     * so the temperature acts on the same scale as in the other actors' rules. With
     * {@code driveInHistory} its drives (not its truces or its terror) run in a history run too.
     */
    public record IsSahelRule(@Bounds(min = 1) double governedTroops,
                              @Bounds(min = 0, max = 1) double footholdMin,
                              @Bounds(min = 0.001) double driveThreshold,
                              @Bounds(min = 0, max = 1) double driveShare,
                              @Bounds(min = 0.001) double driveEnd,
                              @Bounds(min = 0.001) double truceThreshold,
                              @Bounds(min = 0.001) double warThreshold,
                              @Bounds(min = 0.001) double terrorThreshold,
                              @Bounds(min = 1) double terrorHarm,
                              @Bounds(min = 0, max = 1) double terrorCow,
                              @Bounds(min = 1) int terrorMonths,
                              @Optional Boolean driveInHistory,
                              @Optional String source) implements java.io.Serializable {
        /** Whether its drives run in a history run too ({@code drive_in_history}, absent: no). */
        public boolean drivesInHistory() {
            return driveInHistory != null && driveInHistory;
        }
    }

    /**
     * The separatists' aims. The state moves on their ground when the troops of its side that
     * guarantee no truce (FAMa, Russian forces, the AES) stand within {@code groundKm} of the
     * places the separatists hold or on their home ground; that force over what the truce is worth
     * now (its worth plus its guarantors', {@code relations}) above {@code breakThreshold} and they
     * break the truce. They make a stand at their towns, sending {@code holdShare} of their field
     * fighters there, when the state's troops near their places outnumber their own there by
     * {@code holdThreshold}, and stand down below half of it. They ally with JNIM when both are at
     * war with the state and the smaller of the shares of their fighters that stand where the
     * state's troops are passes {@code allyThreshold}; they end the alliance when JNIM's share of
     * the insurgents' hold on their home ground, less that threat, passes {@code endThreshold}.
     */
    public record SeparatistRule(@Bounds(min = 0) double groundKm,
                                 @Bounds(min = 0.001) double breakThreshold,
                                 @Bounds(min = 0.001) double holdThreshold,
                                 @Bounds(min = 0, max = 1) double holdShare,
                                 @Bounds(min = 0.001) double allyThreshold,
                                 @Bounds(min = 0.001) double endThreshold,
                                 @Optional String source) implements java.io.Serializable {
    }

    /**
     * The junta's talks with JNIM (besides those a coup brings). Its pain is
     * {@code fuel × (Bamako's fuel price over normal − 1, at most 1) + territory × (its enemies'
     * share of the territory) + arrears × (months unpaid, at most {@code arrearsCap}) / arrearsCap
     * + cohesion × (1 − cohesion)}; its patron's hold is the Russian forces' strength over
     * {@code patronTroops} (at most 1; none when the contract is over or suspended). It opens
     * talks when {@code pain × (1 − patronWeight × hold)} passes {@code openThreshold} (ending the
     * Russian contract when {@code excludesRussia}), and ends them, after at least
     * {@code minMonths}, when that falls below {@code endBelow}. JNIM breaks them off when the
     * months its demand that foreign forces leave has been refused (Russian forces still in the
     * country) pass {@code jnimPatienceMonths}.
     */
    public record TalksRule(@Bounds(min = 0) double fuel,
                            @Bounds(min = 0) double territory,
                            @Bounds(min = 0) double arrears,
                            @Bounds(min = 1) double arrearsCap,
                            @Bounds(min = 0) double cohesion,
                            @Bounds(min = 1) double patronTroops,
                            @Bounds(min = 0, max = 1) double patronWeight,
                            @Bounds(min = 0) double openThreshold,
                            @Bounds(min = 0) double endBelow,
                            @Bounds(min = 0) int minMonths,
                            boolean excludesRussia,
                            @Bounds(min = 1) double jnimPatienceMonths,
                            @Optional String source) implements java.io.Serializable {
    }

    /**
     * Escorts for fuel convoys. Escorting every week's import convoys takes
     * {@code fuel.escort_troops_per_convoy} troops for each convoy a week of normal imports needs,
     * out of FAMa's field army, and costs {@code usdPerTroopMonth} a month for each. Its worth is
     * {@code (share of tankers lost over four weeks / lossReference) × (1 + shortage × (1 − Bamako's
     * stock days over its target, at least 0)) − army × (escort troops over FAMa's strength)}:
     * it escorts when that passes 1 and it can pay a month, and stops when it falls below
     * {@code stopBelow}.
     */
    public record EscortRule(@Bounds(min = 0.001, max = 1) double lossReference,
                             @Bounds(min = 0) double shortage,
                             @Bounds(min = 0) double army,
                             @Bounds(min = 0) double stopBelow,
                             @Bounds(min = 0) double usdPerTroopMonth,
                             @Optional String source) implements java.io.Serializable {
    }

    /**
     * A deal with a seller: {@code goods} (words for the log) for {@code priceUsd} from the
     * treasury (the seller lets the junta owe {@code credit} of it) and {@code monthlyUsd} a month
     * for as long as it lasts; each deal adds {@code isr} and {@code airPower} to FAMa's
     * multipliers (up to {@code max}) and {@code quality} to its quality (up to {@code qualityMax}),
     * at most {@code batches} times. The seller offers when
     * {@code base + rival × (the Russian patron's weakness, 0–1) + westGone × (1 once France has
     * gone)} passes {@code offerThreshold}; the junta takes an offer when its need of arms (the air
     * power a departed patron took, halved, plus twice its enemies' share of the territory) passes
     * {@code threshold}.
     */
    public record DealRule(String goods,
                           @Bounds(min = 0) double priceUsd,
                           @Bounds(min = 0) double monthlyUsd,
                           @Bounds(min = 0, max = 1) double credit,
                           @Bounds(min = 0) double isr,
                           @Bounds(min = 0) double airPower,
                           @Bounds(min = 1) double max,
                           @Bounds(min = 0) double quality,
                           @Bounds(min = 0, max = 1) double qualityMax,
                           @Bounds(min = 1) int batches,
                           @Bounds(min = 0) double threshold,
                           @Bounds(min = 0) double base,
                           @Bounds(min = 0) double rival,
                           @Bounds(min = 0) double westGone,
                           @Bounds(min = 0) double offerThreshold,
                           @Optional String source) implements java.io.Serializable {
    }
}
