package org.sahelsim.geodata;

import org.locationtech.jts.geom.Geometry;
import org.sahelsim.model.world.Terrain;

/**
 * A terrain drawn as a polygon (the inner Niger delta, the Adrar des Ifoghas) that overrides the
 * latitude bands.
 *
 * @param terrain the terrain inside
 * @param shape   outline in lon/lat degrees (an estimate, see SOURCES.md)
 */
public record TerrainZone(Terrain terrain, Geometry shape) {
}
