package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyNamesTest {

    @ParameterizedTest
    @CsvSource({"fuelPriceCfa,fuel_price_cfa", "name,name", "airPower2,air_power2", "x,x", "aB,a_b"})
    void javaNamesBecomeSnakeCase(String camel, String snake) {
        assertEquals(snake, KeyNames.snake(camel));
    }

    @ParameterizedTest
    @CsvSource({"fuel_pirce,fuel_price,1", "fuel_price,fuel_price,0", "abc,,3", "strenght,strength,1",
            "fule_price,fuel_price,1", "kitten,sitting,3"})
    void distanceCountsASwapAsOneEdit(String a, String b, int d) {
        assertEquals(d, KeyNames.distance(a, b == null ? "" : b));
    }

    @ParameterizedTest
    @CsvSource({"fuel_pirce,fuel_price", "fuelPrice,fuel_price", "FUEL_PRICE,fuel_price", "moral,morale",
            "strenth,strength"})
    void nearKeysAreSuggested(String wrong, String right) {
        assertEquals(right, KeyNames.nearest(wrong, List.of("fuel_price", "morale", "strength", "stance")));
    }

    @ParameterizedTest
    @CsvSource({"weather", "xy", "price"})
    void farKeysAreNot(String wrong) {
        assertNull(KeyNames.nearest(wrong, List.of("fuel_price", "morale", "strength", "stance")));
    }
}
