package org.sahelsim.scenario;

import java.lang.reflect.RecordComponent;
import org.sahelsim.model.params.Bounds;
import org.sahelsim.model.params.EventType;
import org.sahelsim.model.params.ForceParams;

/**
 * What each type of dated event needs, as the model reads it: what its {@code target} names
 * (and whether several may be given, separated by {@code ;}), what its {@code value} is and
 * the range it must lie in, and whether it takes {@code over_weeks}. The switch is exhaustive:
 * a new event type does not compile until its rule is written here.
 */
final class EventRules {
    private EventRules() {
    }

    /** Whether a field must, may or must not be given. */
    enum Need { NONE, OPTIONAL, REQUIRED }

    /**
     * @param target    whether the event names a target
     * @param referent  what the target names, or null for free text
     * @param list      whether the target may name several, separated by {@code ;}
     * @param value     whether it has a value
     * @param min       the value's lowest allowed
     * @param max       the value's highest allowed
     * @param means     what the value is, in words
     * @param overWeeks whether it takes {@code over_weeks}
     * @param names     how many different names a list target must give, or 0 for any number
     */
    record Rule(Need target, Referent referent, boolean list, Need value, double min, double max, String means,
                Need overWeeks, int names) {
        Rule(Need target, Referent referent, boolean list, Need value, double min, double max, String means, Need overWeeks) {
            this(target, referent, list, value, min, max, means, overWeeks, 0);
        }
    }

    private static final double NO_MAX = Double.POSITIVE_INFINITY;

    static Rule of(EventType type) {
        return switch (type) {
            case FORCE_STRENGTH -> new Rule(Need.REQUIRED, Referent.FORCE, false, Need.REQUIRED,
                    min("strength"), max("strength"), "the force's strength in troops", Need.OPTIONAL);
            case AIR_POWER -> new Rule(Need.REQUIRED, Referent.FORCE, false, Need.REQUIRED,
                    min("airPower"), max("airPower"), "the force's air power multiplier (1 for none)", Need.NONE);
            case ISR -> new Rule(Need.REQUIRED, Referent.FORCE, false, Need.REQUIRED,
                    min("isr"), max("isr"), "the force's ISR multiplier (1 for none)", Need.NONE);
            case QUALITY -> new Rule(Need.REQUIRED, Referent.FORCE, false, Need.REQUIRED,
                    min("quality"), max("quality"), "the force's quality", Need.NONE);
            case CORRIDOR_CLOSED, CORRIDOR_OPENED -> new Rule(Need.REQUIRED, Referent.CORRIDOR, true, Need.NONE,
                    0, 0, "", Need.NONE);
            case SANCTIONS -> new Rule(Need.OPTIONAL, Referent.COUNTRY, true, Need.OPTIONAL, 0, 1,
                    "the share of the state's revenue the sanctions take", Need.NONE);
            case SANCTIONS_LIFTED -> new Rule(Need.OPTIONAL, Referent.COUNTRY, true, Need.NONE, 0, 0, "", Need.NONE);
            case BLOCKADE -> new Rule(Need.OPTIONAL, Referent.REGION, true, Need.NONE, 0, 0, "", Need.NONE);
            case BLOCKADE_LIFTED, COUP -> new Rule(Need.NONE, null, false, Need.NONE, 0, 0, "", Need.NONE);
            case RURAL_FUEL_RESTRICTION, TAX_CUT -> new Rule(Need.NONE, null, false, Need.OPTIONAL, 0, 1,
                    "1 to impose it (the default), 0 to lift it", Need.NONE);
            case NO_GO_ZONE -> new Rule(Need.OPTIONAL, Referent.COUNTRY, false, Need.REQUIRED, 0, NO_MAX,
                    "the zone's depth from the border in km", Need.NONE);
            case OFFENSIVE -> new Rule(Need.REQUIRED, Referent.OBJECTIVE, false, Need.REQUIRED, 0, 1,
                    "the largest share of the state's field army committed", Need.REQUIRED);
            case TRUCE, TRUCE_BROKEN -> new Rule(Need.REQUIRED, Referent.SIDE, true, Need.NONE, 0, 0, "", Need.NONE, 2);
            case GOLD_PRICE -> new Rule(Need.NONE, null, false, Need.REQUIRED, 0, NO_MAX,
                    "the gold price in US$ a tonne", Need.NONE);
            case DROUGHT -> new Rule(Need.NONE, null, false, Need.REQUIRED, 0, 1,
                    "the hardship the drought adds, 0 to end it", Need.NONE);
            case FUEL_DELIVERY -> new Rule(Need.OPTIONAL, Referent.ACTOR, false, Need.REQUIRED, 0, NO_MAX,
                    "the litres delivered to Bamako", Need.NONE);
            case PAYMENT -> new Rule(Need.NONE, null, false, Need.REQUIRED, 0, NO_MAX,
                    "the months of arrears settled", Need.NONE);
            case MARKER -> new Rule(Need.OPTIONAL, Referent.ACTOR, false, Need.NONE, 0, 0, "", Need.NONE);
        };
    }

    /** What an event of the type does, in a sentence for a person choosing one (docs/SCENARIOS.md has the full table). */
    static String does(EventType type) {
        return switch (type) {
            case FORCE_STRENGTH -> "A force moves to a strength (troops), at once or over some weeks: an arrival, a surge, a departure (0).";
            case AIR_POWER -> "A force's air power becomes a multiplier (1 for none): aircraft or armed drones arrive or leave.";
            case ISR -> "A force's ISR becomes a multiplier (1 for none): surveillance and drone data.";
            case QUALITY -> "A force's quality becomes a value from 0 to 1: equipment and training.";
            case CORRIDOR_CLOSED -> "A fuel import corridor closes: nothing comes that way.";
            case CORRIDOR_OPENED -> "A fuel import corridor opens (again).";
            case SANCTIONS -> "ECOWAS sanctions the junta: the state loses a share of its revenue, and the listed countries close their corridors.";
            case SANCTIONS_LIFTED -> "Sanctions are lifted: revenue returns and the listed countries' corridors reopen.";
            case BLOCKADE -> "JNIM declares a blockade of fuel imports in the listed regions (none listed: all).";
            case BLOCKADE_LIFTED -> "JNIM lifts its blockade.";
            case RURAL_FUEL_RESTRICTION -> "The state restricts fuel sales in the countryside (1) or lifts the restriction (0).";
            case TAX_CUT -> "The state cuts taxes (1) or restores them (0).";
            case NO_GO_ZONE -> "A neighbour's warning: state forces may not operate within a depth (km) of its border.";
            case OFFENSIVE -> "The state orders a place (or the most valued place of a region) taken, committing up to a share of its field army for some weeks.";
            case COUP -> "A coup, whatever the junta's cohesion.";
            case FUEL_DELIVERY -> "A one-off delivery of fuel (litres) into Bamako's depot.";
            case PAYMENT -> "A deal settles months of the state's arrears to the Russians.";
            case TRUCE -> "Two sides agree a truce until one of them breaks it.";
            case TRUCE_BROKEN -> "The first side named breaks its truce with the second: they are at war.";
            case GOLD_PRICE -> "The gold price becomes a value (US$ a tonne).";
            case DROUGHT -> "A drought adds hardship everywhere (0 ends it).";
            case MARKER -> "A note on the charts and in the event log, with no effect.";
        };
    }

    /** The lower bound the scenario reader holds a force's parameter to, so an event cannot set what a file may not. */
    private static double min(String component) {
        Bounds b = bounds(component);
        return b == null ? Double.NEGATIVE_INFINITY : b.min();
    }

    private static double max(String component) {
        Bounds b = bounds(component);
        return b == null ? NO_MAX : b.max();
    }

    private static Bounds bounds(String component) {
        for (RecordComponent rc : ForceParams.class.getRecordComponents()) {
            if (rc.getName().equals(component)) return rc.getAnnotation(Bounds.class);
        }
        throw new IllegalArgumentException("ForceParams has no component " + component);
    }
}
