package org.sahelsim.results;

import java.time.LocalDate;
import java.util.List;
import org.sahelsim.model.ChangeOfHands;
import org.sahelsim.model.Force;
import org.sahelsim.model.Places;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.world.Geography;
import org.sahelsim.model.world.Place;

/**
 * A place in a week: one row of {@code places.csv.gz}, or a place of the live model as the window
 * shows it ({@link #of}). The maps, the report and the window read places through this record
 * alone, so they agree with each other and with the file.
 *
 * @param date       the week's Monday
 * @param id         the place's id ({@code kidal}, {@code tessalit_camp})
 * @param name       its name for people; for runs written before names were, its id in words
 * @param kind       {@code capital}, {@code regional_capital}, {@code town}, {@code junction},
 *                   {@code crossing}, {@code mine}, {@code camp} or {@code base}
 * @param region     the region id it lies in
 * @param lon        its longitude; NaN for runs written before positions were
 * @param lat        its latitude; NaN likewise
 * @param holder     the side key of its holder, or {@link #NOBODY}
 * @param garrison   troops of each force there, in the order of the run's {@link Actors#forces()}
 * @param supplyDays the garrison's supplies, in days
 * @param besiegedBy the side key of its besieger, or empty
 * @param roadsCut   how many of its road links an enemy holds
 * @param how        how it changed hands in this row's week, or null when its holder did not change
 *                   (and for runs written before the model said how)
 */
public record PlaceRecord(LocalDate date, String id, String name, String kind, String region, double lon, double lat,
                          String holder, double[] garrison, double supplyDays, String besiegedBy, int roadsCut,
                          ChangeOfHands how) {
    /** The holder of a place that nobody holds, as {@code places.csv.gz} writes it. */
    public static final String NOBODY = "none";

    /** The kinds of place, as {@code places.csv.gz} writes them, in the order legends list them. */
    public static final List<String> KINDS = List.of("capital", "regional_capital", "town", "camp", "base", "mine",
            "crossing", "junction");

    public PlaceRecord {
        garrison = garrison.clone();
    }

    /** Whether a side holds the place. */
    public boolean held() {
        return !NOBODY.equals(holder);
    }

    /** Whether a side besieges the place. */
    public boolean besieged() {
        return !besiegedBy.isEmpty();
    }

    /** Whether the record knows where the place is (runs before positions were written do not). */
    public boolean located() {
        return Double.isFinite(lon) && Double.isFinite(lat);
    }

    /** All troops garrisoned there. */
    public double garrisonTotal() {
        double s = 0;
        for (double g : garrison) s += g;
        return s;
    }

    /** Troops of force {@code i} (of the run's forces) garrisoned there. */
    public double garrison(int i) {
        return garrison[i];
    }

    /** The garrison as a copy, indexed by the run's forces. */
    @Override
    public double[] garrison() {
        return garrison.clone();
    }

    /** {@code kidal} in words when a run did not write names. */
    static String nameFor(String id) {
        return Actors.titleCase(id);
    }

    /**
     * Place {@code p} of a running model in the week of {@code date}: its holder, garrison (by
     * the model's forces, the order of {@link Actors#standard()}), supplies and siege. The writer
     * writes {@code places.csv.gz} from these records, and the window shows them.
     */
    public static PlaceRecord of(WorldState w, Geography geo, int p, LocalDate date) {
        return of(w, geo, p, date, null);
    }

    /** Place {@code p} as {@link #of(WorldState, Geography, int, LocalDate)}, in a week its holder changed {@code how}. */
    public static PlaceRecord of(WorldState w, Geography geo, int p, LocalDate date, ChangeOfHands how) {
        Places pl = w.places;
        Place place = pl.place(p);
        double[] garrison = new double[Force.COUNT];
        for (int f = 0; f < Force.COUNT; f++) garrison[f] = pl.garrison[f][p];
        return new PlaceRecord(date, place.id(), place.name(), place.kind().key(), geo.regions().get(place.region()).id(),
                place.lon(), place.lat(), pl.holder[p] == Places.NOBODY ? NOBODY : Side.of(pl.holder[p]).key(), garrison,
                pl.supplyDays[p], pl.besiegedBy[p] == Places.NOBODY ? "" : Side.of(pl.besiegedBy[p]).key(), pl.roadsCut[p], how);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlaceRecord r && date.equals(r.date) && id.equals(r.id) && name.equals(r.name)
                && kind.equals(r.kind) && region.equals(r.region) && Double.compare(lon, r.lon) == 0
                && Double.compare(lat, r.lat) == 0 && holder.equals(r.holder) && java.util.Arrays.equals(garrison, r.garrison)
                && Double.compare(supplyDays, r.supplyDays) == 0 && besiegedBy.equals(r.besiegedBy) && roadsCut == r.roadsCut && how == r.how;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(date, id, holder, besiegedBy, java.util.Arrays.hashCode(garrison));
    }

    @Override
    public String toString() {
        return "PlaceRecord[" + date + " " + id + " held by " + holder + (besieged() ? ", besieged by " + besiegedBy : "")
                + ", garrison " + Math.round(garrisonTotal()) + "]";
    }
}
