package org.sahelsim.model.params;

import java.util.List;
import java.util.Map;
import org.sahelsim.model.Side;

/**
 * Who fights whom at the start, and the rules that change it. Pairs not listed are at war.
 *
 * @param start      the pairs of sides that are not at war at the start (a truce or an alliance)
 * @param grounds    each side's home ground, by region id: an operation there by a side it has a
 *                   truce with breaks the truce (the separatists' north)
 * @param truceWorth what keeping a truce is worth to a side, in troop-equivalents: an operation
 *                   that breaks it must be worth more than that
 * @param guarantors the foreign forces whose presence guarantees the truces (peacekeepers, a patron)
 * @param guaranteeWorth what a truce is worth more per thousand troops of its guarantors in the country
 * @param source     where the numbers come from
 */
public record RelationParams(List<Relation> start,
                             Map<String, List<String>> grounds,
                             @Bounds(min = 0) double truceWorth,
                             List<String> guarantors,
                             @Bounds(min = 0) double guaranteeWorth,
                             @Optional String source) implements Validated, java.io.Serializable {
    /** A pair of sides that are not at war. */
    public record Relation(List<String> sides, Status status, @Optional String source) implements java.io.Serializable {
    }

    /** A relation between two sides. */
    public enum Status {
        /** They fight. */
        WAR,
        /** They do not fight, until one of them crosses into the other's ground or storms its places. */
        TRUCE,
        /** They do not fight, and do not take each other's places. */
        ALLIANCE
    }

    @Override
    public void validate(Checker check) {
        for (int i = 0; i < start.size(); i++) {
            List<String> sides = start.get(i).sides();
            check.require(sides.size() == 2 && sides.stream().allMatch(RelationParams::side) && !sides.get(0).equals(sides.get(1)),
                    "start[" + i + "].sides", sides.toString(), "two different sides (state, jnim, is_sahel, separatists)");
        }
        for (String k : grounds.keySet()) check.require(side(k), "grounds." + k, "'" + k + "'", "a side (state, jnim, is_sahel, separatists)");
        for (int i = 0; i < guarantors.size(); i++) {
            check.require(org.sahelsim.model.Force.byKey(guarantors.get(i)) != null, "guarantors[" + i + "]", "'" + guarantors.get(i) + "'",
                    "a force (fama, russia, france, minusma, eu, aes, jnim, is_sahel, separatists)");
        }
    }

    private static boolean side(String k) {
        for (Side s : Side.values()) if (s.key().equals(k)) return true;
        return false;
    }
}
