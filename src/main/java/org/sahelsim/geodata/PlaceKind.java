package org.sahelsim.geodata;

/** What a place on the map is. */
public enum PlaceKind {
    /** A town: holds people and can be a node of the road network. */
    TOWN,
    /** A road junction or village kept to shape the road network. */
    JUNCTION,
    /** A border crossing where a fuel corridor enters Mali. */
    BORDER
}
