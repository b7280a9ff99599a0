package org.sahelsim.model.params;

import java.util.List;

/**
 * The ground across Mali's border that an insurgent group's own ground in Mali continues into: the
 * people there it draws its men and its levy from, beyond the map.
 *
 * @param countries     the neighbours (by the atlas's id, e.g. {@code niger}) its ground continues into
 * @param km            how deep the band of its ground along those borders is, on each side
 * @param peoplePerKm2  how many people live in the band across the border, per km²
 * @param source        where the numbers come from
 */
public record HinterlandParams(List<String> countries,
                               @Bounds(min = 0, max = 500) double km,
                               @Bounds(min = 0, max = 1000) double peoplePerKm2,
                               @Optional String source) implements java.io.Serializable {
}
