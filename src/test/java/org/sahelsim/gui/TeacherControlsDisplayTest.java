package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.Requirements;
import org.sahelsim.model.Force;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.scenario.ScenarioLibrary;
import sim.display.Console;

/**
 * The teacher's controls in real windows on an X display: the event form fires what it offers
 * and refuses what the model cannot take; a run saved at week k and restored goes on to the end
 * exactly as the straight run; a fork goes its own way from the week it was taken while the run it
 * came from stays the straight run; the projector mode makes the text larger and back. Runs with
 * {@code xvfb-run ... -Dawt.headless=false -Dsahelsim.gui.test=true}, as .ci/run does.
 */
class TeacherControlsDisplayTest {
    private static final long SEED = 6;
    /** The week the run is saved after. */
    private static final int K = 15;

    /** The default scenario on a coarse map, so the whole run plays in the test's time. */
    private static ScenarioLibrary.Entry entry() {
        return ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.4"));
    }

    private static void onEdt(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }

    private static <T> T onEdt(java.util.function.Supplier<T> s) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> out.set(s.get()));
        return out.get();
    }

    /** Steps the console {@code weeks} times, as pressing the step button does. */
    private static void step(SahelSimWithUI gui, int weeks) throws Exception {
        for (int i = 0; i < weeks; i++) onEdt(() -> gui.console().pressPlay());
        onEdt(() -> { }); // the charts' updates land
    }

    /** Steps the console until the run ends. */
    private static void toEnd(SahelSimWithUI gui) throws Exception {
        onEdt(() -> gui.console().setNumStepsPerStepButtonPress(40));
        while (onEdt(() -> gui.console().getPlayState()) == Console.PS_PAUSED) onEdt(() -> gui.console().pressPlay());
        onEdt(() -> gui.console().setNumStepsPerStepButtonPress(1));
    }

    private static void close(SahelSimWithUI gui) throws Exception {
        Screens.close(gui.console(), gui);
    }

    @Test
    void saveRestoreForkEventsAndTheProjector(@TempDir Path dir) throws Exception {
        Requirements.display();
        ScenarioLibrary.Entry entry = entry();
        SahelSimWithUI gui = SahelSimWithUI.open(entry, SEED);
        SahelSimWithUI fork = null;
        try {
            onEdt(() -> gui.console().pressPause()); // begins the run, paused
            step(gui, K);
            assertEquals(K - 1, gui.sim().tick());
            Path saved = onEdt(() -> {
                try {
                    return gui.save(dir.resolve("week" + K + ".checkpoint"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });

            // The event form: what the model cannot take is refused, and nothing is logged.
            EventForm form = onEdt(gui::eventForm);
            onEdt(() -> form.show(gui.console()));
            int logged = gui.sim().eventLog().size();
            onEdt(() -> {
                form.choose("force_strength");
                assertTrue(form.targetChoices().contains("france"), "the form lists the forces: " + form.targetChoices());
                form.target("frnace");
                form.value("-5");
            });
            assertFalse(onEdt(form::fire));
            String refusal = onEdt(form::status);
            assertTrue(refusal.contains("did you mean 'france'") && refusal.contains("value: found -5"), refusal);
            onEdt(() -> {
                form.choose("force_strength");
                form.value("lots");
            });
            assertFalse(onEdt(form::fire));
            assertTrue(onEdt(form::status).contains("value: found 'lots', expected a number"), onEdt(form::status));
            assertEquals(logged, gui.sim().eventLog().size(), "nothing refused is fired");

            // A sound event is fired now and logged as the teacher's.
            onEdt(() -> {
                form.choose("force_strength");
                form.target("france");
                form.value("0");
                form.overWeeks("4");
                form.label("France leaves at once (the class decides)");
            });
            assertTrue(onEdt(form::fire), onEdt(form::status));
            LoggedEvent fired = gui.sim().eventLog().events().get(gui.sim().eventLog().size() - 1);
            assertEquals("live_event", fired.type());
            assertEquals(List.of("teacher", "france"), fired.actors());
            assertEquals(0, gui.sim().world().mandate[Force.FRANCE.ordinal()]);
            step(gui, 10);

            // Restore the week saved: the run goes on to the end exactly as the straight run.
            onEdt(() -> {
                try {
                    gui.restore(saved);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertEquals(K - 1, gui.sim().tick(), "back at the week saved");
            assertEquals(K, gui.territorySeries(Side.STATE.ordinal()).getItemCount(), "the charts show the weeks saved");
            assertEquals(Console.PS_PAUSED, (int) onEdt(() -> gui.console().getPlayState()));
            SahelSim whole = Screens.straight(entry, gui.sim(), SEED, Integer.MAX_VALUE);
            toEnd(gui);
            assertTrue(gui.sim().isFinished(), "the restored run played to its end");
            assertEquals(whole.eventLog().events(), gui.sim().eventLog().events(), "the same events on the same dates");
            for (Side s : Side.values()) {
                assertArrayEquals(whole.world().control[s.ordinal()], gui.sim().world().control[s.ordinal()], "control of " + s);
            }
            assertEquals(whole.calendar().weeks(), gui.territorySeries(Side.STATE.ordinal()).getItemCount(), "a point a week");

            // A fork at week k goes its own way; the run it came from stays the straight run.
            onEdt(() -> gui.console().pressStop());
            onEdt(() -> gui.console().pressPause());
            step(gui, K);
            SahelSimWithUI twin = onEdt(gui::fork);
            fork = twin;
            assertEquals(K - 1, twin.sim().tick(), "the fork starts at the week it was taken");
            assertTrue(twin.frames().get(1).getTitle().contains("fork from the week of"), twin.frames().get(1).getTitle());
            assertEquals(K, twin.territorySeries(Side.STATE.ordinal()).getItemCount(), "the fork's charts show the past");
            onEdt(() -> twin.knobs().setFranceAirPower(1.0)); // the "what if": France without air power
            step(twin, 30);
            step(gui, 30);
            SahelSim same = Screens.straight(entry, gui.sim(), SEED, K + 30);
            assertArrayEquals(same.world().control[Side.STATE.ordinal()], gui.sim().world().control[Side.STATE.ordinal()],
                    "the run the fork came from is untouched by it");
            assertNotEquals(same.eventLog().events(), twin.sim().eventLog().events(), "the fork went its own way");

            // The projector mode: larger text in every window, and back.
            float before = onEdt(() -> gui.console().getJMenuBar().getMenu(0).getFont().getSize2D());
            float title = onEdt(() -> gui.territoryChart().getChart().getTitle().getFont().getSize2D());
            onEdt(() -> gui.setProjector(true));
            assertEquals(before * Projector.SCALE, onEdt(() -> gui.console().getJMenuBar().getMenu(0).getFont().getSize2D()), 0.01);
            assertEquals(title * Projector.SCALE, onEdt(() -> gui.territoryChart().getChart().getTitle().getFont().getSize2D()), 0.01);
            assertEquals(Projector.SCALE, gui.legend().scale(), 1e-6);
            onEdt(() -> gui.setProjector(true)); // again: no larger than once
            assertEquals(before * Projector.SCALE, onEdt(() -> gui.console().getJMenuBar().getMenu(0).getFont().getSize2D()), 0.01);
            onEdt(() -> gui.setProjector(false));
            assertEquals(before, onEdt(() -> gui.console().getJMenuBar().getMenu(0).getFont().getSize2D()), 0.01);
            assertEquals(title, onEdt(() -> gui.territoryChart().getChart().getTitle().getFont().getSize2D()), 0.01);
        } finally {
            if (fork != null) close(fork);
            close(gui);
        }
    }
}
