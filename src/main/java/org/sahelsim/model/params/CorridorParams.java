package org.sahelsim.model.params;

/**
 * One fuel import corridor.
 *
 * @param share   share of Mali's normal imports that comes this way, 0–1
 * @param surge   how many times its normal flow it can carry when other corridors close
 * @param open    whether it is open at the start
 * @param source  where the numbers come from
 */
public record CorridorParams(@Bounds(min = 0, max = 1) double share,
                             @Bounds(min = 1) double surge,
                             boolean open,
                             @Optional String source) implements java.io.Serializable {
}
