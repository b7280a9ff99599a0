package org.sahelsim.theory;

/**
 * Grievance against a regime, as Epstein defines it: {@code G = H(1 − L)}, the product of an
 * individual's perceived hardship {@code H} and of the regime's illegitimacy {@code 1 − L}.
 *
 * <p>Source: Joshua M. Epstein, "Modeling civil violence: An agent-based computational
 * approach", PNAS 99 suppl. 3 (2002), 7243–7250, Model I: "G = H(1 − L)", with hardship
 * "drawn from U(0,1)" and legitimacy "exogenous and equal across agents". Hardship and
 * legitimacy are shares between 0 and 1, so the grievance is one too, and it is zero under a
 * fully legitimate regime however hard life is.
 *
 * <p>Both models of the project compute grievance here: Epstein's classic
 * ({@code org.sahelsim.classic.epstein}) for each citizen, and the Mali model's attitudes
 * submodel for each cell's grievance against the state. Pure and stateless; safe from any
 * thread.
 */
public final class Grievance {

    private Grievance() {
    }

    /**
     * The grievance {@code hardship × (1 − legitimacy)}.
     *
     * @param hardship   perceived hardship, 0 (none) to 1
     * @param legitimacy the regime's perceived legitimacy, 0 (none) to 1 (full)
     * @return the grievance, 0 to 1 when both arguments are
     */
    public static double of(double hardship, double legitimacy) {
        return hardship * (1 - legitimacy);
    }
}
