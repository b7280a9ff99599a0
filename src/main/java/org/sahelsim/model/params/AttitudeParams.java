package org.sahelsim.model.params;

/**
 * Population attitudes per cell: grievance (Epstein) and support (Athena's support → influence).
 *
 * @param legitimacyStart      the state's legitimacy at the start, 0–1
 * @param hardshipBase         structural hardship (poverty, neglect) before fuel, 0–1; Epstein draws it uniform on [0, 1]
 * @param hardshipFuel         hardship from a fuel price at twice the normal price, 0–1
 * @param hardshipRuralFuel    extra hardship in rural cells while rural fuel sales are restricted
 * @param harmGrievance        grievance added against the harming side per civilian killed
 *                             per 1,000 inhabitants of the cell
 * @param grievanceMemory      share of last week's harm-driven grievance kept, 0–1
 * @param supportRate          share of the gap to the attractive support closed each week
 * @param securityWeight       weight of the security a side provides (its control) in support
 * @param governanceJnim       weight of JNIM's services (food distribution, mediation) where it holds ground
 * @param stateServices        weight of the state's services where it holds ground
 * @param taxCutSupport        extra support for the state while a tax cut is in force
 * @param recruitGrievance     exponent of grievance in insurgent recruitment
 * @param fightingAgeMen       share of a cell's people who are men of fighting age
 * @param armedShare           the largest share of the fighting-age men of the ground it governs
 *                             (its control or administration, whichever is more) an insurgent group
 *                             can keep armed, fed and paid: its recruitment slows as its fighters
 *                             near that ceiling and stops at it
 * @param levyUsdPerPersonMonth what a person of the ground an insurgent group governs pays it a month
 *                             (zakat, taxes on trade and the roads) at normal economic activity, US$
 * @param fighterUsdMonth      what keeping one insurgent fighter paid, fed and armed costs a month, US$;
 *                             a group recruits only up to the fighters its levy pays for
 * @param governingUsdPerKm2Month what governing a km² of its ground costs an insurgent group a month (courts,
 *                             collectors, patrols over distance), US$, paid from its levy before its fighters
 * @param unpaidLeave          the share of an insurgent group's fighters above what its war chest pays
 *                             who go home each week, unpaid and unfed; absent: none (the ceiling then
 *                             only stops recruitment)
 * @param source               where the numbers come from
 */
public record AttitudeParams(@Bounds(min = 0, max = 1) double legitimacyStart,
                             @Bounds(min = 0, max = 1) double hardshipBase,
                             @Bounds(min = 0, max = 1) double hardshipFuel,
                             @Bounds(min = 0, max = 1) double hardshipRuralFuel,
                             @Bounds(min = 0) double harmGrievance,
                             @Bounds(min = 0, max = 1) double grievanceMemory,
                             @Bounds(min = 0, max = 1) double supportRate,
                             @Bounds(min = 0) double securityWeight,
                             @Bounds(min = 0) double governanceJnim,
                             @Bounds(min = 0) double stateServices,
                             @Bounds(min = 0) double taxCutSupport,
                             @Bounds(min = 0) double recruitGrievance,
                             @Bounds(min = 0, max = 1) double fightingAgeMen,
                             @Bounds(min = 0, max = 1) double armedShare,
                             @Bounds(min = 0) double levyUsdPerPersonMonth,
                             @Bounds(min = 1) double fighterUsdMonth,
                             @Bounds(min = 0) double governingUsdPerKm2Month,
                             @Optional @Bounds(min = 0, max = 1) Double unpaidLeave,
                             @Optional String source) implements java.io.Serializable {

    /** {@link #unpaidLeave}, 0 where absent. */
    public double unpaidLeaveRate() {
        return unpaidLeave == null ? 0 : unpaidLeave;
    }
}
