package org.sahelsim.model.actors;

import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.ForceParams;
import org.sahelsim.model.submodels.Deployment;

/**
 * An actor with an armed force: each month it decides where its troops should be (its
 * decision rule), each week they move toward that plan as far as mobility and fuel allow.
 * Subclasses add the actor's own reading of the world.
 */
public abstract class ArmedActor implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    protected final Force force;
    protected final ForceParams params;

    /** How the run places and moves forces, given by the run's schedule ({@link #deployedBy}). */
    private Deployment deployment;

    protected ArmedActor(Force force, ForceParams params) {
        this.force = force;
        this.params = params;
    }

    /** Gives the actor the run's deployment, which plans and moves its force. */
    public ArmedActor deployedBy(Deployment deployment) {
        this.deployment = deployment;
        return this;
    }

    /** The run's deployment (given by the run's schedule). */
    protected Deployment deployment() {
        if (deployment == null) throw new IllegalStateException(force + " has no deployment: the run's schedule gives it one");
        return deployment;
    }

    public Force force() {
        return force;
    }

    /** The monthly decision: by default, deploy by the force's priorities. */
    public void decide(WorldState w, Week week) {
        deployment().plan(w, force, params.priorities(), mask(w));
    }

    /** Cells the force may enter, or null for all. */
    protected boolean[] mask(WorldState w) {
        return null;
    }

    /** The operations open to its side this month, as a player sees them (none for a force that plans none). */
    public java.util.List<MenuItem> operations(WorldState w, Week week, ec.util.MersenneTwisterFast random) {
        return java.util.List.of();
    }

    /** The share of the gap to its plan the force closes this week ({@link Deployment#move}): its mobility, the state's times its fuel. */
    public double mobility(WorldState w) {
        double fuel = force.side() == org.sahelsim.model.Side.STATE ? w.fuelMobility : 1.0;
        return params.mobility() * fuel;
    }

    /** Weekly recruitment; none by default (foreign forces change strength by scenario events). */
    public void recruit(WorldState w) {
    }
}
