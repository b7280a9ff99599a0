package org.sahelsim.gui;

import java.util.Locale;
import org.sahelsim.classic.epstein.Census;
import org.sahelsim.classic.epstein.CivilViolence;
import org.sahelsim.classic.epstein.EpsteinScenario;
import sim.util.Interval;

/**
 * The model tab of the civil-violence window: the two levers of the paper's experiments,
 * legitimacy and cop density, and the counts to watch. MASON shows each {@code getX}/{@code setX}
 * pair as an editable property, {@code domX} as a slider's range and {@code desX} as its
 * description.
 *
 * <p>A lever takes effect from the next tick, and is applied again when the run is restarted, so
 * the same "what if" replays with the same seed. A value the model cannot take (a legitimacy
 * outside 0 to 1, more cops than the citizens leave room for) is refused: the lever keeps its
 * value and the refusal shows in red under the torus. A scenario's own scripted changes still
 * happen on their ticks.
 */
public final class EpsteinKnobs {
    private final CivilViolence model;
    private final EpsteinScenario scenario;
    private volatile boolean started;
    // The user's settings, applied again at each start; null: the scenario's own.
    private volatile Double legitimacy;
    private volatile Double copDensity;
    /** Until the next tick applies them, the values asked for. */
    private volatile Double wantedLegitimacy;
    private volatile Double wantedCopDensity;
    private volatile String refusal = "";
    private volatile java.util.function.Consumer<String> refusals = r -> { };

    public EpsteinKnobs(CivilViolence model) {
        this.model = model;
        this.scenario = model.scenario();
    }

    /** Called once the model has started: the user's settings are asked for again. */
    void started() {
        started = true;
        wantedLegitimacy = legitimacy;
        wantedCopDensity = copDensity;
        if (legitimacy != null) model.requestLegitimacy(legitimacy);
        if (copDensity != null) model.requestCopDensity(copDensity);
    }

    /** Called after each tick: what was asked for is now in effect. */
    void ticked() {
        wantedLegitimacy = null;
        wantedCopDensity = null;
    }

    /** Tells {@code listener} each time a lever refuses a value or accepts one (then with ""). */
    void onRefusal(java.util.function.Consumer<String> listener) {
        refusals = listener;
    }

    private void refuse(String why) {
        refusal = why;
        refusals.accept(why);
    }

    /** The last refusal, in words, or empty. */
    public String refusal() {
        return refusal;
    }

    // ---- what to watch (read only) ----

    private Census census() {
        return started ? model.census() : null;
    }

    public int getTick() {
        Census c = census();
        return c == null ? 0 : c.tick();
    }

    public String desTick() {
        return "Ticks done; in a tick every free citizen and every cop acts once, in a random order. The run stops after "
                + scenario.ticks() + ".";
    }

    public int getQuiescent() {
        Census c = census();
        return c == null ? scenario.citizenCount() : c.quiescent();
    }

    public String desQuiescent() {
        return "Free citizens who stay quiet: their grievance does not exceed their net risk by the threshold.";
    }

    public int getActive() {
        Census c = census();
        return c == null ? 0 : c.active();
    }

    public String desActive() {
        return "Free citizens in open rebellion. An outburst is more than " + scenario.outburstThreshold() + " at once.";
    }

    public int getJailed() {
        Census c = census();
        return c == null ? 0 : c.jailed();
    }

    public String desJailed() {
        return scenario.jail().termsEnd() ? "Citizens in jail, for terms of 0 to " + scenario.jail().maxTerm() + " ticks."
                : "Citizens in jail; in this scenario terms never end.";
    }

    public int getCops() {
        Census c = census();
        return c == null ? scenario.copCount() : c.cops();
    }

    public String desCops() {
        return "Cops on the torus.";
    }

    // ---- levers ----

    public double getLegitimacy() {
        Double w = wantedLegitimacy;
        if (w != null) return w;
        Census c = census();
        return c != null ? c.legitimacy() : legitimacy != null ? legitimacy : scenario.legitimacy();
    }

    public void setLegitimacy(double v) {
        try {
            model.requestLegitimacy(v);
            legitimacy = v;
            wantedLegitimacy = v;
            refuse("");
        } catch (IllegalArgumentException e) {
            refuse("Refused: " + e.getMessage());
        }
    }

    public Object domLegitimacy() {
        return new Interval(0.0, 1.0);
    }

    public String desLegitimacy() {
        return "<html>The regime's legitimacy L, 0 to 1, shared by every citizen. Grievance is hardship &times; (1 &minus; L):"
                + " lower it and more citizens have a reason to rebel. In the scenario legitimacy-jump without its scripted"
                + " drop (--set 'changes=[]'), try 0.9 to 0.7 at once, then a hundredth a tick (the paper's Figs. 9 and 10)."
                + " Takes effect from the next tick.</html>";
    }

    public double getCopDensity() {
        Double w = wantedCopDensity;
        if (w != null) return w;
        Census c = census();
        if (c != null) return c.cops() / (double) scenario.torus().sites();
        return copDensity != null ? copDensity : scenario.cops().density();
    }

    public void setCopDensity(double v) {
        try {
            model.requestCopDensity(v);
            copDensity = v;
            wantedCopDensity = v;
            refuse("");
        } catch (IllegalArgumentException e) {
            refuse("Refused: " + e.getMessage());
        }
    }

    public Object domCopDensity() {
        return new Interval(0.0, Math.floor(scenario.maxCopDensity() * 1000) / 1000);
    }

    public String desCopDensity() {
        return String.format(Locale.ROOT, "<html>Cops per site, 0 to %.3f (the sites the citizens leave free). Cops are added on"
                + " random empty sites or withdrawn at random. Withdraw a few at a time and watch when the society tips (the"
                + " paper's Fig. 11). Takes effect from the next tick.</html>", scenario.maxCopDensity());
    }
}
