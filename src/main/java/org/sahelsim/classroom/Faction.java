package org.sahelsim.classroom;

import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;

/**
 * The factions students play: each is an actor of the model whose menu ({@code SahelSim.menu})
 * it chooses from, by the actor's key. A faction that holds ground has a side; one with troops in
 * Mali has its forces; ECOWAS and Algeria act from outside, with no troops of their own.
 */
public enum Faction {
    STATE("state", "The junta", Side.STATE, List.of(Force.FAMA),
            "You rule from Bamako with FAMa. Hold the towns and the roads, keep the army paid and the fuel coming,"
                    + " and choose your patrons: France, Russia, the Sahel alliance."),
    RUSSIA("russia", "Russia (Wagner, then Africa Corps)", Side.STATE, List.of(Force.RUSSIA),
            "Your troops fight for the junta, for a fee. Keep the contract paying; decide when to reinforce and when to leave."),
    FRANCE("france", "France", Side.STATE, List.of(Force.FRANCE),
            "Barkhane's troops and aircraft fight beside FAMa. Your commitment falls with your losses, rivals and coups:"
                    + " decide when to leave."),
    JNIM("jnim", "JNIM", Side.JNIM, List.of(Force.JNIM),
            "Al-Qaeda's coalition in the Sahel. Grow where grievance is, take and besiege places, and decide when to"
                    + " strangle the capital's fuel."),
    IS_SAHEL("is_sahel", "IS Sahel", Side.IS_SAHEL, List.of(Force.IS_SAHEL),
            "The Islamic State's province in the east (Ménaka, Gao). You fight everyone: choose your places and your raids,"
                    + " drive into ground the state has left, make or break a truce with JNIM, and decide on terror."),
    SEPARATISTS("separatists", "The separatists", Side.SEPARATISTS, List.of(Force.SEPARATISTS),
            "The Tuareg movements of the north, around Kidal, under the Algiers truce with Bamako: keep it, or break it;"
                    + " make a stand at your towns; cooperate with JNIM, or end it."),
    ECOWAS("ecowas", "ECOWAS", null, List.of(),
            "West Africa's community. A junta that took power by force owes you a timetable for elections: sanction it,"
                    + " or not."),
    ALGERIA("algeria", "Algeria", null, List.of(),
            "The northern neighbour and mediator of the Algiers accord. Warn Bamako off your border when its columns come near;"
                    + " offer to mediate between the junta and the separatists when they fight."),
    AES("aes", "The Alliance of Sahel States", Side.STATE, List.of(Force.AES),
            "Mali, Burkina Faso and Niger. Sign the pact, send a joint force, send fuel convoys.");

    private final String key;
    private final String label;
    private final Side side;
    private final List<Force> forces;
    private final String brief;

    Faction(String key, String label, Side side, List<Force> forces, String brief) {
        this.key = key;
        this.label = label;
        this.side = side;
        this.forces = forces;
        this.brief = brief;
    }

    /** The actor's key in the model's menus and orders ({@code state}, {@code jnim}, ...). */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The side it fights for, or null for a faction with no troops in Mali. */
    public Side side() {
        return side;
    }

    /** Its own forces in Mali (none for ECOWAS and Algeria). */
    public List<Force> forces() {
        return forces;
    }

    /** Who the faction is and what it decides, in two sentences for the student who plays it. */
    public String brief() {
        return brief;
    }

    /** Whether it holds ground of its own (the junta and the three armed groups). */
    public boolean holdsGround() {
        return side != null && (this == STATE || side.insurgent());
    }

    /** The faction with this key, or null. */
    public static Faction byKey(String key) {
        for (Faction f : values()) if (f.key.equals(key)) return f;
        return null;
    }

    /** The factions a class plays unless told otherwise: every one but the AES, which its rules play. */
    public static List<Faction> usual() {
        return List.of(STATE, RUSSIA, FRANCE, JNIM, IS_SAHEL, SEPARATISTS, ECOWAS, ALGERIA);
    }
}
