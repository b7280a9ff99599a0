package org.sahelsim.model.observe;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.WorldState;

/**
 * The observers of a run (recorders, live charts), outside the model core. They are not part of
 * the model's state: a checkpoint does not carry them, and a restored run is observed anew.
 */
public final class Observers implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private transient List<RunObserver> list = new ArrayList<>();

    public void add(RunObserver o) {
        if (list == null) list = new ArrayList<>();
        list.add(o);
    }

    public void week(WeekRecord record, WorldState state) {
        if (list == null) return;
        for (RunObserver o : list) o.week(record, state);
    }

    public void finished() {
        if (list == null) return;
        for (RunObserver o : list) o.finished();
    }
}
