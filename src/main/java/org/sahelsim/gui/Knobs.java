package org.sahelsim.gui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.submodels.Control;
import org.sahelsim.scenario.ParameterCatalog;
import sim.util.Interval;

/**
 * The model tab of the console: a few levers a class can pull while the war runs, and the
 * national figures to watch. MASON shows each {@code getX}/{@code setX} pair as an editable
 * property, {@code isX} as a checkbox, {@code domX} as the slider's range and {@code desX} as
 * the property's description.
 *
 * <p>A lever writes into the running model's state at once and takes effect from the next week.
 * It is also remembered and applied again when the run is restarted, so the same "what if" can
 * be replayed with the same seed. The actors and the scenario's dated events keep acting: the
 * junta reviews escorts every month, JNIM may declare a blockade again once it holds most of the
 * roads, and an event on the scenario's timeline may reset a value on its date.
 *
 * <p>A value outside a lever's range (typed into its field) is refused, never clamped: the lever
 * keeps its value, {@link #getRefused()} says what was refused and what the lever takes, and the
 * window is told ({@link #onRefusal}) so that it can show it.
 */
public final class Knobs {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final java.util.function.Supplier<SahelSim> model;
    private final ParameterCatalog catalog;

    // Settings the user made, applied again at each start; null: the scenario's own.
    private Double franceAirPower;
    private Double famaCivilianHarm;
    private Double russiaCivilianHarm;
    private Boolean blockade;
    private Boolean ruralFuelRestriction;
    private Boolean escortConvoys;
    private String refused = "";
    private java.util.function.Consumer<String> onRefusal = message -> { };

    public Knobs(SahelSim sim, ParameterCatalog catalog) {
        this(() -> sim, catalog);
    }

    /**
     * Levers on whichever model the window shows now: after a saved run is restored, the levers
     * act on the restored one.
     */
    public Knobs(java.util.function.Supplier<SahelSim> model, ParameterCatalog catalog) {
        this.model = model;
        this.catalog = catalog;
    }

    private SahelSim sim() {
        return model.get();
    }

    /** Who is told when a lever refuses a value (the window shows it); the message is for people. */
    public void onRefusal(java.util.function.Consumer<String> listener) {
        this.onRefusal = listener;
    }

    /**
     * Whether {@code v} is within the lever's {@code range}; if not, records and announces the
     * refusal (the lever keeps its value).
     */
    private boolean accepts(String lever, double v, Interval range) {
        double min = range.getMin().doubleValue();
        double max = range.getMax().doubleValue();
        if (v >= min && v <= max) {
            refused = "";
            return true;
        }
        refused = String.format(Locale.ROOT, "%s: %s refused; it takes a number from %s to %s", lever,
                Double.isNaN(v) ? "NaN" : ParameterCatalog.format(v), ParameterCatalog.format(min),
                ParameterCatalog.format(max));
        onRefusal.accept(refused);
        return false;
    }

    /** The last value a lever refused and why, or empty when the last value set was taken. */
    public String getRefused() {
        return refused;
    }

    public String desRefused() {
        return "The last value a lever refused, and the range the lever takes; empty when the last value was taken.";
    }

    /** Applies the user's settings to a freshly started model. */
    void applySettings() {
        WorldState w = sim().world();
        if (w == null) return;
        if (franceAirPower != null) w.airPower[Force.FRANCE.ordinal()] = franceAirPower;
        if (famaCivilianHarm != null) w.civilianHarm[Force.FAMA.ordinal()] = famaCivilianHarm;
        if (russiaCivilianHarm != null) w.civilianHarm[Force.RUSSIA.ordinal()] = russiaCivilianHarm;
        if (blockade != null) applyBlockade(w, blockade);
        if (ruralFuelRestriction != null) w.ruralFuelRestriction = ruralFuelRestriction;
        if (escortConvoys != null) escorts(w, escortConvoys);
    }

    /** Forgets every setting: the next start runs the scenario as written. */
    void clearSettings() {
        franceAirPower = famaCivilianHarm = russiaCivilianHarm = null;
        blockade = ruralFuelRestriction = escortConvoys = null;
    }

    // ---- what to watch (read only) ----

    public String getWeek() {
        if (sim().world() == null) return "not started: press play or step";
        return DAY.format(sim().date()) + " (" + (sim().tick() + 1) + " of " + sim().calendar().weeks() + ")";
    }

    public String desWeek() {
        return "The week just simulated (its first day, and its number of the scenario's weeks). Each step of the model is one week.";
    }

    public double getStateAreaPercent() { return area(Side.STATE.ordinal()); }
    public String desStateAreaPercent() { return areaDescription("the state (junta, FAMa and their allies)"); }
    public double getJnimAreaPercent() { return area(Side.JNIM.ordinal()); }
    public String desJnimAreaPercent() { return areaDescription("JNIM"); }
    public double getIsSahelAreaPercent() { return area(Side.IS_SAHEL.ordinal()); }
    public String desIsSahelAreaPercent() { return areaDescription("IS Sahel"); }
    public double getSeparatistsAreaPercent() { return area(Side.SEPARATISTS.ordinal()); }
    public String desSeparatistsAreaPercent() { return areaDescription("the separatists"); }
    public double getContestedAreaPercent() { return area(Side.COUNT); }
    public String desContestedAreaPercent() { return "Share of Mali's area no side dominates, in percent."; }

    private double area(int index) {
        WorldState w = sim().world();
        if (w == null) return 0;
        double[] s = Control.shares(w, sim().scenario().control().dominance(), false, -1);
        return Math.round(1000 * s[index]) / 10.0;
    }

    private String areaDescription(String who) {
        return "Share of Mali's area " + who + " dominates (holds at least "
                + Math.round(100 * sim().scenario().control().dominance()) + "% of a cell), in percent.";
    }

    public long getBamakoFuelPriceCfa() {
        return sim().world() == null ? 0 : Math.round(sim().world().bamakoPrice);
    }

    public String desBamakoFuelPriceCfa() {
        return "Pump price in Bamako this week, CFA francs per litre (normal: "
                + Math.round(sim().scenario().fuel().normalPriceCfa()) + ").";
    }

    public long getBamakoFuelStockDays() {
        return sim().world() == null ? 0 : Math.round(sim().world().bamakoStockDays);
    }

    public String desBamakoFuelStockDays() {
        return "Bamako's fuel stock, in days of normal demand.";
    }

    // ---- levers ----

    public double getFranceAirPower() {
        return sim().world() != null ? sim().world().airPower[Force.FRANCE.ordinal()]
                : franceAirPower != null ? franceAirPower : sim().scenario().forces().france().airPower();
    }

    public void setFranceAirPower(double v) {
        if (!accepts("France's air power", v, domFranceAirPower())) return; // 1 is no air power: a multiplier
        franceAirPower = v;
        if (sim().world() != null) sim().world().airPower[Force.FRANCE.ordinal()] = franceAirPower;
    }

    public Interval domFranceAirPower() {
        return new Interval(1.0, top("forces.france.air_power", sim().scenario().forces().france().airPower()));
    }

    public String desFranceAirPower() {
        return "<html>How much French strike aircraft, helicopters and drones multiply the weight of French troops in a fight "
                + "(1 = none). It matters only while French forces are in Mali: the scenario withdraws them in 2022."
                + " Try 1 before the withdrawal and watch JNIM's share.</html>";
    }

    public double getFamaCivilianHarm() {
        return harm(Force.FAMA, famaCivilianHarm);
    }

    public void setFamaCivilianHarm(double v) {
        if (!accepts("FAMa's civilian harm", v, domFamaCivilianHarm())) return;
        famaCivilianHarm = v;
        if (sim().world() != null) sim().world().civilianHarm[Force.FAMA.ordinal()] = famaCivilianHarm;
    }

    public Interval domFamaCivilianHarm() {
        return upTo("forces.fama.civilian_harm", sim().scenario().forces().fama().civilianHarm());
    }

    public String desFamaCivilianHarm() {
        return "<html>Civilians the Malian army kills per engagement it fights. Harm breeds grievance against the state, "
                + "and grievance is where JNIM recruits. Set it to 0 to see a war fought without abuses.</html>";
    }

    public double getRussiaCivilianHarm() {
        return harm(Force.RUSSIA, russiaCivilianHarm);
    }

    public void setRussiaCivilianHarm(double v) {
        if (!accepts("Russian forces' civilian harm", v, domRussiaCivilianHarm())) return;
        russiaCivilianHarm = v;
        if (sim().world() != null) sim().world().civilianHarm[Force.RUSSIA.ordinal()] = russiaCivilianHarm;
    }

    public Interval domRussiaCivilianHarm() {
        return upTo("forces.russia.civilian_harm", sim().scenario().forces().russia().civilianHarm());
    }

    public String desRussiaCivilianHarm() {
        return "<html>Civilians Russian forces (Wagner, then Africa Corps) kill per engagement they fight. "
                + "Like the army's, it turns people against the state.</html>";
    }

    public boolean isBlockade() {
        return sim().world() != null ? sim().world().blockade.active() : blockade != null && blockade;
    }

    public void setBlockade(boolean on) {
        blockade = on;
        if (sim().world() != null) applyBlockade(sim().world(), on);
    }

    /** Declares or lifts the blockade through its own writer, so the log tells who did it. */
    private void applyBlockade(WorldState w, boolean on) {
        if (on == w.blockade.active()) return;
        if (on) w.blockade.declare(new int[0], sim().week(), "The teacher declares JNIM's blockade of fuel imports");
        else w.blockade.lift(sim().week(), "The teacher lifts JNIM's blockade");
    }

    public String desBlockade() {
        return "<html>JNIM's blockade of fuel imports: tankers on roads it holds are attacked far more often. "
                + "JNIM declares it itself once it holds most of the roads, and may declare it again after you lift it.</html>";
    }

    public boolean isRuralFuelRestriction() {
        return sim().world() != null ? sim().world().ruralFuelRestriction : ruralFuelRestriction != null && ruralFuelRestriction;
    }

    public void setRuralFuelRestriction(boolean on) {
        ruralFuelRestriction = on;
        if (sim().world() != null) sim().world().ruralFuelRestriction = on;
    }

    public String desRuralFuelRestriction() {
        return "<html>The junta cuts fuel deliveries to the countryside to starve JNIM of fuel: "
                + "rural hardship and grievance rise. The scenario imposes it in July 2025.</html>";
    }

    public boolean isEscortConvoys() {
        return sim().world() != null ? sim().world().escortConvoys : escortConvoys != null && escortConvoys;
    }

    public void setEscortConvoys(boolean on) {
        escortConvoys = on;
        if (sim().world() != null) escorts(sim().world(), on);
    }

    /** Starts or stops the escorts as the junta's own rule does: the troops leave the field army or come back to it. */
    private void escorts(WorldState w, boolean on) {
        if (on && !w.escortConvoys) w.startEscorts(org.sahelsim.model.actors.ConvoyEscorts.force(sim().scenario().fuel()));
        else if (!on && w.escortConvoys) w.stopEscorts();
    }

    public String desEscortConvoys() {
        return "<html>Army escorts for fuel convoys: fewer tankers are lost, and the escorts' troops leave the field army. "
                + "The junta reviews this every month and escorts once losses on the roads are heavy.</html>";
    }

    private double harm(Force f, Double setting) {
        return sim().world() != null ? sim().world().civilianHarm[f.ordinal()]
                : setting != null ? setting : sim().scenario().forces().of(f).civilianHarm();
    }

    /** A slider from 0 to the top of the scenario's plausible range, or twice the value where none is given. */
    private Interval upTo(String path, double value) {
        return new Interval(0.0, top(path, value));
    }

    private double top(String path, double value) {
        ParameterCatalog.Parameter p = catalog == null ? null : catalog.get(path);
        double high = Math.max(2 * value, p != null && p.range() != null ? p.range().high() : 0);
        return high > 1 ? high : 2.0;
    }
}
