package org.sahelsim.model.actors;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.operations.Operation;
import org.sahelsim.model.params.StrategyParams.AlgeriaRule;

/**
 * Algeria protects its border and its role as mediator: when the state's troops or columns come
 * within reach of its border it warns, and a band along the border becomes off-limits to the
 * state's forces ("warnings from Algeria prompted Russia to halt a joint military operation ... in
 * the far northern region of Tinzaouaten", Le Monde in 'Analysis of Mali-Wagner-Russia
 * relations'). The band applies to operations near the border, not for ever: it lapses after
 * some months without state operations there.
 */
public final class Algeria extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final AlgeriaRule p;
    private final double temperature;
    private boolean[] watched;
    private boolean[] band;
    private boolean banned;
    private int quietMonths;

    public Algeria(AlgeriaRule params, double temperature) {
        this.p = params;
        this.temperature = temperature;
    }

    @Override
    public String key() {
        return "algeria";
    }

    @Override
    public void decide(WorldState w, Week week) {
        if (watched == null) {
            watched = w.geo.nearBorder("algeria", p.borderKm());
            band = w.geo.nearBorder("algeria", p.bandKm());
        }
        double troops = 0;
        for (int c = 0; c < w.cells; c++) {
            if (!watched[c]) continue;
            for (int f = 0; f < Force.COUNT; f++) if (Force.of(f).side() == Side.STATE) troops += w.presence[f][c];
        }
        int columns = 0;
        double columnTroops = 0;
        for (Operation op : w.operations) {
            if (!op.done && op.side == Side.STATE.ordinal() && watched[w.places.place(op.place).cell()]) {
                columns++;
                columnTroops += op.total();
            }
        }
        // What alarms Algiers is operations in force, not garrisons that were always there.
        double pressure = columnTroops / 300;
        if (pressure <= 0) {
            quietMonths++;
            if (banned && quietMonths >= p.bandMonths()) {
                banned = false;
                for (int c = 0; c < w.cells; c++) if (band[c]) w.stateMayOperate[c] = true;
                week.log("decision", "kidal", List.of("algeria"), String.format(Locale.ROOT,
                        "Algeria's warnings lapse after %d quiet months: the state's forces may operate near the border again", quietMonths));
            }
            return;
        }
        quietMonths = 0;
        if (banned || !Rule.acts(pressure, p.threshold(), temperature, week.random())) return;
        banned = true;
        for (int c = 0; c < w.cells; c++) if (band[c]) w.stateMayOperate[c] = false;
        week.log("decision", "kidal", List.of("algeria", "state"), String.format(Locale.ROOT,
                "Algeria warns Bamako off its border: %.0f state troops and %d columns within %.0f km of it; state forces keep out of a %.0f km band",
                troops, columns, p.borderKm(), p.bandKm()));
    }
}
