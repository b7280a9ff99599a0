package org.sahelsim.model.actors;

import org.sahelsim.model.params.HinterlandParams;
import org.sahelsim.model.world.Geography;

/**
 * The people across Mali's border that an insurgent group's ground in Mali continues into (ODD
 * §7.2). The map ends at the border; a group whose ground straddles it, as IS Sahel's does from
 * Ménaka and Gao into Niger's Tillabéri and Tahoua and Burkina Faso's Oudalan, draws its men and
 * its levy from both sides. Each cell of Mali within {@code km} of one of those borders stands for
 * as much ground across it, peopled at {@code people_per_km2}: the group holds it as far as it
 * holds the cell (its control or administration there), so the people across count for it only
 * where its ground in Mali reaches the border, and more as it takes the border.
 */
public final class Hinterland implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Each cell's people across the border. */
    private final double[] people;

    private Hinterland(double[] people) {
        this.people = people;
    }

    /** No ground across the border. */
    public static Hinterland none() {
        return new Hinterland(null);
    }

    /**
     * The people across the border of {@code params} each cell of {@code geo} stands for.
     *
     * @throws IllegalArgumentException when a country named touches no cell of the map
     */
    public static Hinterland of(Geography geo, HinterlandParams params) {
        if (params == null) return none();
        double[] people = new double[geo.cellCount()];
        for (String country : params.countries()) {
            boolean touches = false;
            for (int c = 0; c < geo.cellCount() && !touches; c++) touches = country.equalsIgnoreCase(geo.borderCountry(c));
            if (!touches) {
                throw new IllegalArgumentException("hinterland: no cell of the map touches the border with '" + country + "'");
            }
            boolean[] band = geo.nearBorder(country, params.km());
            for (int c = 0; c < people.length; c++) {
                if (band[c]) people[c] = geo.areaKm2(c) * params.peoplePerKm2();
            }
        }
        return new Hinterland(people);
    }

    /** The people across the border cell {@code c} stands for (0 away from the borders). */
    public double people(int c) {
        return people == null ? 0 : people[c];
    }
}
