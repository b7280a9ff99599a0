package org.sahelsim.model.params;

import java.util.List;

/**
 * The regions a measure applies to, with where that scope comes from.
 *
 * @param regions region ids ({@code kayes}, {@code mopti}, ...)
 * @param source  where the scope comes from
 */
public record RegionScope(List<String> regions, @Optional String source) implements java.io.Serializable {
}
