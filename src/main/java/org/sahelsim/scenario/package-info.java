/**
 * Reading scenario files onto the model's parameter records.
 *
 * <p>A scenario file is YAML, UTF-8, at most 1 MiB, one document whose top is a mapping. Keys
 * are the record components' names in snake_case ({@code fuel_price_cfa} for
 * {@code fuelPriceCfa}); every component must be given unless marked
 * {@link org.sahelsim.model.params.Optional}. Any number may be written plain or as
 * {@code {value: 0.3, range: [0.2, 0.4], source: "title, outlet, date"}}; dates as
 * {@code 2021-06-07}; enum constants in lower case; lists and mappings as usual. A file may
 * start with {@code extends: other-id} to build on another scenario (mappings merge key by
 * key; scalars and lists replace). YAML tags, merge keys ({@code <<}), duplicate keys, more
 * than 10 aliases and nesting deeper than 64 are refused.
 *
 * <p>Entry point: {@link org.sahelsim.scenario.ScenarioReader}; the result is a
 * {@link org.sahelsim.scenario.Loaded} with the record and its
 * {@link org.sahelsim.scenario.ParameterCatalog}; failures are a
 * {@link org.sahelsim.scenario.ScenarioException} listing every
 * {@link org.sahelsim.scenario.Problem} at its file, line and column.
 */
package org.sahelsim.scenario;
