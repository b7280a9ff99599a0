package org.sahelsim.model.world;

/**
 * An administrative region of Mali (the ten regions and Bamako district).
 *
 * @param index             position in {@link Geography#regions()}
 * @param id                stable key used in files and scenarios, e.g. {@code bamako}, {@code kidal}
 * @param name              name for people, e.g. {@code Tombouctou}
 * @param capital           name of the capital town
 * @param officialAreaKm2   official area, or {@code NaN} where no figure is known
 * @param census2022        2022 census population assigned to the region
 */
public record Region(int index, String id, String name, String capital,
                     double officialAreaKm2, long census2022) implements java.io.Serializable {
}
