package org.sahelsim.model.actors;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.operations.Operation;
import org.sahelsim.model.params.StrategyParams.AlgeriaRule;

/**
 * Algeria protects its border and its role as mediator: when the state's columns come within
 * reach of its border it warns ({@code warn}), and a band along the border becomes off-limits to
 * the state's forces ("warnings from Algeria prompted Russia to halt a joint military operation
 * ... in the far northern region of Tinzaouaten", Le Monde in 'Analysis of Mali-Wagner-Russia
 * relations'). The band applies to operations near the border, not for ever: it lapses after
 * some months without state operations there.
 */
public final class Algeria extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final AlgeriaRule p;
    private boolean[] watched;
    private boolean[] band;
    private boolean banned;
    private int quietMonths;
    private double columnTroops;
    private int columns;
    private final List<Choice> choices = List.of(new Warn());

    public Algeria(AlgeriaRule params, double temperature) {
        super(temperature);
        this.p = params;
    }

    @Override
    public String key() {
        return "algeria";
    }

    /** Whether its no-go band stands. */
    public boolean banned() {
        return banned;
    }

    @Override
    protected List<Choice> choices() {
        return choices;
    }

    @Override
    protected void observe(WorldState w, Week week) {
        if (watched == null) {
            watched = w.geo.nearBorder("algeria", p.borderKm());
            band = w.geo.nearBorder("algeria", p.bandKm());
        }
        columns = 0;
        columnTroops = 0;
        for (Operation op : w.operations) {
            if (!op.done && op.side == Side.STATE.ordinal() && watched[w.places.place(op.place).cell()]) {
                columns++;
                columnTroops += op.total();
            }
        }
        quietMonths = columns == 0 ? quietMonths + 1 : 0;
        if (banned && quietMonths >= p.bandMonths()) {
            banned = false;
            for (int c = 0; c < w.cells; c++) if (band[c]) w.stateMayOperate[c] = true;
            week.log("decision", "kidal", List.of("algeria"), String.format(Locale.ROOT,
                    "Algeria's warnings lapse after %d quiet months: the state's forces may operate near the border again", quietMonths));
        }
    }

    private final class Warn extends Choice {
        private static final long serialVersionUID = 1L;

        Warn() {
            super("warn");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Warn Bamako off the border: %d state columns (%.0f troops) within %.0f km",
                    columns, columnTroops, p.borderKm());
        }

        @Override
        public boolean open(WorldState w) {
            return !banned;
        }

        /** What alarms Algiers is operations in force, not garrisons that were always there. */
        @Override
        public double pressure(WorldState w) {
            return columnTroops / 300;
        }

        @Override
        public double threshold() {
            return p.threshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            banned = true;
            quietMonths = 0;
            for (int c = 0; c < w.cells; c++) if (band[c]) w.stateMayOperate[c] = false;
            week.log("decision", "kidal", List.of("algeria", "state"), String.format(Locale.ROOT,
                    "Algeria warns Bamako off its border: %d state columns (%.0f troops) within %.0f km of it; state forces keep out of a %.0f km band",
                    columns, columnTroops, p.borderKm(), p.bandKm()));
        }
    }
}
