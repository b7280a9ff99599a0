package org.sahelsim.model;

/**
 * One incident in which a side's forces killed civilians: a village turned on in a sweep, people
 * caught in a fight, a market attacked. The draws that make them are the model's civilian harm,
 * lumped into incidents ({@link org.sahelsim.model.submodels.Atrocities}); the week's incidents
 * wait here until they are logged.
 *
 * @param side   the side whose forces killed them, by ordinal
 * @param cell   where
 * @param place  the place fought over, or -1 for a fight in the open
 * @param killed how many civilians were killed
 */
public record Incident(int side, int cell, int place, int killed) implements java.io.Serializable {
}
