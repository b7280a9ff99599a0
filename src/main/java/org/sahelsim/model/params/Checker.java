package org.sahelsim.model.params;

/**
 * Receives the problems a {@link Validated} record finds in itself. A problem is pinned to a
 * component of the record by name ({@code "end"}), or to something inside one by a relative
 * path ({@code "events[2].date"}, {@code "regions.kidal.state"}); component names may be
 * given in Java spelling ({@code fuelPrice}) or scenario-file spelling ({@code fuel_price}).
 */
public interface Checker {

    /** Reports that {@code component} holds {@code found} where {@code expected} was needed. */
    void problem(String component, String found, String expected);

    /** Reports the problem unless {@code holds}. */
    default void require(boolean holds, String component, String found, String expected) {
        if (!holds) {
            problem(component, found, expected);
        }
    }
}
