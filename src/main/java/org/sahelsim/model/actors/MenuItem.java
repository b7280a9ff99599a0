package org.sahelsim.model.actors;

/**
 * An option on an actor's menu, as a player sees it.
 *
 * @param id     what to order, e.g. {@code assault:kidal}
 * @param label  what it is, in words
 * @param chance the chance the actor's own rule would take it this month (for operations, of
 *               success), 0–1
 */
public record MenuItem(String id, String label, double chance) implements java.io.Serializable {
}
