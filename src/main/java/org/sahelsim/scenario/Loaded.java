package org.sahelsim.scenario;

import java.util.List;

/**
 * A scenario read and bound: the record, the catalog of its numeric parameters, the SHA-256
 * (lowercase hex) of the leaf file's bytes, and the documents it was built from, leaf first
 * then each {@code extends} parent in turn (their names as the resolver gave them), and the
 * {@code --set} overrides applied; and where each key and value was written, for checks made
 * after binding.
 */
public record Loaded<T>(T value, ParameterCatalog catalog, String sha256, List<String> extendsChain,
        List<String> overrides, Locations locations) {

    public Loaded {
        extendsChain = List.copyOf(extendsChain);
        overrides = List.copyOf(overrides);
    }
}
