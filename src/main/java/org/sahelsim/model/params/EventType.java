package org.sahelsim.model.params;

/**
 * What a dated scenario event does. Each has its own reading of {@code target} and {@code value}.
 */
public enum EventType {
    /** A force's strength moves to {@code value} troops over {@code over_weeks} (arrival, drawdown, surge). */
    FORCE_STRENGTH,
    /** A force's air power multiplier becomes {@code value} (aircraft or drones arrive or leave). */
    AIR_POWER,
    /** A force's ISR multiplier becomes {@code value} (drone data shared, TB2s delivered). */
    ISR,
    /** A force's quality becomes {@code value} (training, equipment). */
    QUALITY,
    /** Corridor {@code target} is closed by its origin state. */
    CORRIDOR_CLOSED,
    /** Corridor {@code target} is opened (again), with surge capacity. */
    CORRIDOR_OPENED,
    /** ECOWAS sanctions: the ECOWAS states close their corridors and revenue falls by {@code value} (share). */
    SANCTIONS,
    /** Sanctions lifted: corridors reopen. */
    SANCTIONS_LIFTED,
    /** JNIM declares a blockade of fuel imports; {@code target} lists regions by id separated by ';', or is empty for all. */
    BLOCKADE,
    /** JNIM lifts its blockade. */
    BLOCKADE_LIFTED,
    /** The state restricts fuel sales in rural areas. */
    RURAL_FUEL_RESTRICTION,
    /** The state cuts taxes to win back support. */
    TAX_CUT,
    /** Algeria's warnings make cells within {@code value} km of its border a no-go zone for state forces. */
    NO_GO_ZONE,
    /** The state launches an offensive into region {@code target}. */
    OFFENSIVE,
    /** A coup happens on this date, whatever cohesion says. */
    COUP,
    /** A one-off delivery of {@code value} litres of fuel into Bamako (a foreign convoy, a donation). */
    FUEL_DELIVERY,
    /** A deal settles {@code value} months of the state's arrears to its Russian partner (the 2025 gold-refinery compromise). */
    PAYMENT,
    /** Two sides ({@code target}: their keys separated by ';', e.g. {@code state;separatists}) agree a truce. */
    TRUCE,
    /** A side breaks its truce with another ({@code target}: the breaker's key, then the other's, separated by ';', e.g. {@code separatists;state}). */
    TRUCE_BROKEN,
    /** An exogenous shock: the gold price becomes {@code value} US$ a tonne. */
    GOLD_PRICE,
    /** An exogenous shock: a drought adds {@code value} (0–1) to everyone's hardship until another drought event resets it. */
    DROUGHT,
    /** A dated fact with no mechanism of its own, shown on charts and in the event log. */
    MARKER;

    /**
     * Whether this kind of event is an actor's decision. In a free run decisions are taken by the
     * actors' rules and dated ones do not fire; markers and exogenous shocks (the gold price, a
     * drought) fire in both modes.
     */
    public boolean isDecision() {
        return switch (this) {
            case GOLD_PRICE, DROUGHT, MARKER -> false;
            default -> true;
        };
    }
}
