package org.sahelsim.model.operations;

import java.util.Locale;

/** The operations a side can choose from each month (its menu). */
public enum OperationKind {
    /** Storm a place another side holds, to take it. */
    ASSAULT,
    /** March into a place nobody holds (a town left empty, a vacated base). */
    OCCUPY,
    /** Cut a place's roads and starve it until it falls, is relieved, or the siege is lifted. */
    SIEGE,
    /** Strike a place without holding it (the capital included), then withdraw. */
    RAID,
    /** Send a column to break a siege of one's own place. */
    RELIEVE,
    /** Move troops from the field into a place's garrison. */
    REINFORCE,
    /** Pull a garrison out of a place it cannot hold, leaving it empty. */
    WITHDRAW;

    /** Words for people, e.g. {@code assault}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
