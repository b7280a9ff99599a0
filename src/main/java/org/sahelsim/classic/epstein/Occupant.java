package org.sahelsim.classic.epstein;

/** What a site of the torus shows: who stands on it, or the jailed citizen taken from it. */
public enum Occupant {
    /** Nobody. */
    EMPTY,
    /** A free citizen who is quiet. */
    QUIESCENT,
    /** A free citizen in open rebellion. */
    ACTIVE,
    /** A cop. */
    COP,
    /** Nobody stands here, and a citizen arrested here is in jail (jailed citizens are off the torus). */
    JAILED
}
