package org.sahelsim.model.params;

/**
 * Who takes the strategic decisions of a run.
 */
public enum DecisionMode {
    /** The scenario's dated decisions are pinned as written (a replay); the rules that would take them are off. */
    HISTORY,
    /** The actors take those decisions themselves from the start; dated decisions stay in the file as the record and do not fire. */
    FREE
}
