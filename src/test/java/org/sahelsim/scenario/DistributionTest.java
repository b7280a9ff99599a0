package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.scenario.ParameterCatalog.Distribution;
import org.sahelsim.scenario.ParameterCatalog.Range;

/**
 * The {@code dist:} key of a ranged parameter: how its plausible values spread over the range,
 * read, kept through {@code extends} and {@code --set}, refused where it cannot apply; and the
 * distributions' quantile functions against their closed forms.
 */
class DistributionTest {
    final ScenarioReader reader = new ScenarioReader(ScenarioResolver.resources(getClass().getClassLoader(),
            ScenarioReaderTest.LIBRARY));

    Loaded<Plan> read(String text, String... sets) {
        return reader.read(Plan.class, ScenarioSource.of("plans/dist.yaml", text), List.of(sets));
    }

    @Test
    void aRangeIsUniformUnlessTheFileSaysOtherwise() {
        Loaded<Plan> l = read("""
                extends: base
                fuel_price_cfa: {value: 750, range: [600, 900], dist: triangular, source: "peaked at the value"}
                forces:
                  france:
                    air_power: {value: 1.0, range: [0.5, 2.0], dist: log_uniform, source: "a factor"}
                """);
        ParameterCatalog c = l.catalog();
        assertEquals(Distribution.TRIANGULAR, c.get("fuel_price_cfa").dist());
        assertEquals(Distribution.LOG_UNIFORM, c.get("forces.france.air_power").dist());
        assertEquals(Distribution.UNIFORM, c.get("forces.fama.strength").dist(), "a range without dist is uniform");
        assertNull(c.get("forces.fama.morale").dist(), "no range, no distribution");
        assertTrue(c.get("forces.fama.strength").whole(), "an int parameter takes whole numbers");
        assertFalse(c.get("fuel_price_cfa").whole());
        assertTrue(c.get("forces.france.air_power").toString().contains("[0.5, 2] log_uniform"));
    }

    @Test
    void setAndExtendsKeepTheDistribution() {
        Loaded<Plan> l = read("""
                extends: base
                fuel_price_cfa: {value: 750, range: [600, 900], dist: triangular, source: "peaked"}
                """, "fuel_price_cfa=800");
        assertEquals(800, l.catalog().get("fuel_price_cfa").value());
        assertEquals(Distribution.TRIANGULAR, l.catalog().get("fuel_price_cfa").dist(), "--set changes the value only");
    }

    @Test
    void aDistributionNeedsARangeAndLogUniformARangeAboveZero() {
        ScenarioException noRange = assertThrows(ScenarioException.class, () -> read("""
                extends: base
                forces:
                  fama:
                    morale: {value: 0.5, dist: triangular, source: "no range"}
                """));
        assertTrue(noRange.getMessage().contains("plans/dist.yaml:4:26: forces.fama.morale.dist: found a distribution without a range"),
                noRange.getMessage());
        ScenarioException zero = assertThrows(ScenarioException.class, () -> read("""
                extends: base
                forces:
                  fama:
                    morale: {value: 0.5, range: [0, 1], dist: log_uniform, source: "zero"}
                """));
        assertTrue(zero.getMessage().contains("expected a range above zero for log_uniform"), zero.getMessage());
        ScenarioException typo = assertThrows(ScenarioException.class, () -> read("""
                extends: base
                fuel_price_cfa: {value: 750, range: [600, 900], dist: log-uniform, source: "typo"}
                """));
        assertTrue(typo.getMessage().contains("fuel_price_cfa.dist: found 'log-uniform', expected one of: uniform, triangular, log_uniform"
                + " (did you mean 'log_uniform'?)"), typo.getMessage());
    }

    @Test
    void quantilesFollowTheClosedForms() {
        Range r = new Range(2, 8);
        for (double u = 0; u <= 1.0; u += 0.125) {
            assertEquals(2 + 6 * u, Distribution.UNIFORM.quantile(u, r, 5), 1e-12);
            assertEquals(2 * Math.pow(4, u), Distribution.LOG_UNIFORM.quantile(u, r, 5), 1e-12);
            // Triangular with mode 5: F(x) = (x-2)^2/18 below the mode, 1 - (8-x)^2/18 above.
            double x = Distribution.TRIANGULAR.quantile(u, r, 5);
            double f = x <= 5 ? Math.pow(x - 2, 2) / 18 : 1 - Math.pow(8 - x, 2) / 18;
            assertEquals(u, f, 1e-12, "F(quantile(u)) = u at u = " + u);
        }
        assertEquals(8, Distribution.LOG_UNIFORM.quantile(1, new Range(0.001, 8), 1), 0, "never beyond the range");
        assertEquals(3, Distribution.TRIANGULAR.quantile(0.7, new Range(3, 3), 3), 0, "a point range");
        assertEquals(2, Distribution.TRIANGULAR.quantile(0, r, 2), 1e-12, "mode at the low end");
        assertEquals(8, Distribution.TRIANGULAR.quantile(1, r, 8), 1e-12, "mode at the high end");
    }
}
