package org.sahelsim.model.params;

/**
 * A parameter record with rules that span several of its components (dates in order, shares
 * that sum to one). Whoever builds the record calls {@link #validate} once it is built; the
 * scenario reader does so and turns each report into an error at the offending key.
 */
public interface Validated {

    /** Reports every broken cross-component rule to {@code check}; reports nothing if all hold. */
    void validate(Checker check);
}
