package org.sahelsim.model.world;

/**
 * A fuel import corridor: a sea port abroad, the country that can close it, and the border
 * crossing where it enters Mali.
 *
 * @param id             stable key, e.g. {@code dakar_diboli}
 * @param name           name for people, e.g. {@code Dakar via Kayes/Diboli}
 * @param port           origin port or city
 * @param originCountry  the state whose border the corridor crosses (it can close it)
 * @param entryNode      index of the border-crossing node in the road network
 */
public record Corridor(String id, String name, String port, String originCountry, int entryNode) implements java.io.Serializable {
}
