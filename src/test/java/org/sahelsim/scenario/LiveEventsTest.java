package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.params.EventType;
import org.sahelsim.model.params.ScenarioEvent;

/** A live event's form offers what its type takes, and refuses in words what the model cannot take. */
class LiveEventsTest {
    private static final Gazetteer NAMES = Gazetteer.standard();
    private static final LocalDate TODAY = LocalDate.of(2022, 3, 7);

    @Test
    void everyTypeHasAFormWithItsTargetsAndItsValue() {
        List<LiveEvents.Form> forms = LiveEvents.forms(NAMES);
        assertEquals(EventType.values().length, forms.size());
        LiveEvents.Form strength = LiveEvents.form(EventType.FORCE_STRENGTH, NAMES);
        assertEquals("required", strength.target());
        assertEquals(NAMES.names(Referent.FORCE), strength.choices());
        assertEquals("required", strength.value());
        assertEquals(0, strength.min());
        assertEquals("optional", strength.overWeeks());
        LiveEvents.Form truce = LiveEvents.form(EventType.TRUCE, NAMES);
        assertEquals(List.of("state", "jnim", "is_sahel", "separatists"), truce.choices());
        assertTrue(truce.several());
        assertEquals(2, truce.names());
        LiveEvents.Form offensive = LiveEvents.form(EventType.OFFENSIVE, NAMES);
        assertTrue(offensive.choices().contains("kidal") && offensive.choices().contains("gao_barkhane_base"), "places and regions");
        assertEquals("none", LiveEvents.form(EventType.COUP, NAMES).target());
        for (LiveEvents.Form f : forms) assertTrue(!f.does().isBlank(), f.key() + " says what it does");
    }

    @Test
    void aSoundEventIsBuiltAndLabelled() {
        ScenarioEvent e = LiveEvents.event("force_strength", " france ", 0.0, 8, "", TODAY, NAMES);
        assertEquals(EventType.FORCE_STRENGTH, e.type());
        assertEquals("france", e.target());
        assertEquals(8, e.overWeeks());
        assertEquals("force strength france = 0", e.label());
        assertEquals(TODAY, e.date());
        assertEquals("France leaves", LiveEvents.event("force_strength", "france", 0.0, null, "France leaves", TODAY, NAMES).label());
        assertEquals("state;jnim", LiveEvents.event("truce", "state;jnim", null, null, null, TODAY, NAMES).target());
    }

    @Test
    void whatTheModelCannotTakeIsRefusedWithEveryReason() {
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> LiveEvents.event("blokade", null, null, null, null, TODAY, NAMES));
        assertTrue(type.getMessage().contains("did you mean 'blockade'"), type.getMessage());

        IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
                () -> LiveEvents.event("force_strength", "frnace", -5.0, null, null, TODAY, NAMES));
        assertTrue(target.getMessage().contains("target: found 'frnace', which is not a force"), target.getMessage());
        assertTrue(target.getMessage().contains("did you mean 'france'"), target.getMessage());
        assertTrue(target.getMessage().contains("value: found -5, expected a number between 0 and 1000000"), target.getMessage());

        IllegalArgumentException drought = assertThrows(IllegalArgumentException.class,
                () -> LiveEvents.event("drought", null, 1.5, null, null, TODAY, NAMES));
        assertTrue(drought.getMessage().startsWith("value: found 1.5, expected a number between 0 and 1"), drought.getMessage());

        IllegalArgumentException truce = assertThrows(IllegalArgumentException.class,
                () -> LiveEvents.event("truce", "state;state", null, null, null, TODAY, NAMES));
        assertTrue(truce.getMessage().contains("2 different names of a side"), truce.getMessage());

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> LiveEvents.event("offensive", "kidal", 0.3, null, null, TODAY, NAMES));
        assertTrue(missing.getMessage().contains("found no over_weeks"), missing.getMessage());

        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> LiveEvents.event("gold_price", null, Double.NaN, null, null, TODAY, NAMES));
        assertTrue(nan.getMessage().contains("value: found NaN"), nan.getMessage());
    }
}
