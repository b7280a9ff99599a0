package org.sahelsim.classroom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.model.Force;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.model.params.EventType;
import org.sahelsim.model.params.ScenarioEvent;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The class's game without a browser: factions without orders play exactly as the rules alone
 * (with the teacher's events in the same weeks), students' orders change the run, every wrong
 * request is refused with its reason and changes nothing, and a saved game resumes with its
 * seats and goes on as if never stopped.
 */
class GameTest {
    static ScenarioLibrary.Entry entry;
    static Geography geo;

    @BeforeAll
    static void scenario() {
        entry = ScenarioLibrary.standard().load("lesson-play-the-war", List.of("grid.cell_degrees=0.4"));
        geo = ScenarioRun.geographyFor(entry);
    }

    static Game game(TestClock clock) {
        return game(clock, 3);
    }

    static Game game(TestClock clock, long seed) {
        return Game.start(new SahelSim(entry.scenario(), geo, seed), Faction.usual(), clock, new SecureRandom());
    }

    private static void sameRun(SahelSim a, SahelSim b) {
        assertEquals(a.tick(), b.tick(), "the same weeks played");
        assertEquals(a.eventLog().events(), b.eventLog().events(), "the same events, on the same dates");
        for (Side s : Side.values()) assertArrayEquals(a.world().control[s.ordinal()], b.world().control[s.ordinal()], "control of " + s);
        assertArrayEquals(a.world().strength, b.world().strength, "every force's strength");
    }

    @Test
    void factionsWithoutOrdersPlayAsTheRulesAloneWithTheTeachersEvents() {
        TestClock clock = new TestClock();
        Game game = game(clock);
        Game.Seat jnim = game.join(game.joinCode(), "jnim", "Awa", null);
        for (Faction f : Faction.usual()) assertFalse(game.menu(f) == null); // looking at menus changes nothing
        game.advance();
        game.fire(new ScenarioEvent(game.date(), EventType.DROUGHT, null, 0.2, null, "A drought (the teacher)", "live event"));
        assertEquals(1, game.fired().size());
        synchronized (game) {
            FactionView.of(game, jnim, clock.millis()); // nor does a student's page
        }
        game.advance();
        game.advance();
        Game.Month third = game.months().get(2);
        assertTrue(third.orders().containsKey("jnim") && third.orders().get("jnim") == null, "JNIM's student sent nothing: its rules decided");
        Debrief.RulesRun rules = Debrief.rulesRun(game);
        sameRun(game.sim(), rules.sim());
        assertEquals(game.weeks().size(), rules.weeks().size());
        assertTrue(game.sim().eventLog().events().stream().anyMatch(e -> e.type().equals("live_event")
                && e.actors().equals(List.of("teacher", "world"))), "the drought is logged as the teacher's");
    }

    /** The students' orders of the first month, in a fresh game of that seed, played two months. */
    private static Game playedWithOrders(long seed) {
        Game game = game(new TestClock(), seed);
        Game.Seat france = game.join(game.joinCode(), "france", "Léa", null);
        Game.Seat jnim = game.join(game.joinCode(), " jnim ", "Omar", null);
        Game.Seat junta = game.join(game.joinCode().toLowerCase(), "state", "Ibrahim", null);
        game.submit(france, 0, List.of("leave"));
        game.submit(jnim, 0, List.of("blockade"));
        game.submit(junta, 0, List.of("call_russia", "cut_taxes"));
        game.advance();
        game.advance();
        return game;
    }

    private static boolean juntaCallsRussia(Debrief.RulesRun rules) {
        return rules.sim().eventLog().events().stream().anyMatch(e -> e.type().equals("decision")
                && e.description().startsWith("The junta calls in Russian forces"));
    }

    @Test
    void studentsOrdersChangeTheRun() {
        // The first seed in which, by its rules, the junta calls the Russians in only after these two
        // months (in most seeds it calls them at once or within a month or two): so the junta's
        // student who calls them at once changes the run.
        Game game = null;
        Debrief.RulesRun rules = null;
        for (long seed = 1; seed <= 20 && (rules == null || juntaCallsRussia(rules)); seed++) {
            game = playedWithOrders(seed);
            rules = Debrief.rulesRun(game);
        }
        assertTrue(!juntaCallsRussia(rules), "by the rules the junta waits these months in one of 20 seeds");
        var w = game.sim().world();
        var r = rules.sim().world();
        assertEquals(0, w.mandate[Force.FRANCE.ordinal()], "France's student ordered it home");
        assertTrue(r.mandate[Force.FRANCE.ordinal()] > 2000, "by the rules France stays these months: " + r.mandate[Force.FRANCE.ordinal()]);
        assertTrue(w.blockade.active() && !r.blockade.active(), "JNIM's student declared the blockade; its rules did not");
        assertTrue(w.taxCut && !r.taxCut, "the junta's student cut taxes");
        assertTrue(w.strength[Force.RUSSIA.ordinal()] > r.strength[Force.RUSSIA.ordinal()],
                "the Russians called a month early are more: " + w.strength[Force.RUSSIA.ordinal()] + " against " + r.strength[Force.RUSSIA.ordinal()]);
        Game.Month first = game.months().get(0);
        assertEquals(List.of("leave"), first.orders().get("france").stream().map(Game.Order::id).toList());
        assertTrue(first.events().stream().anyMatch(e -> e.type().equals("decision") && e.actors().get(0).equals("jnim")),
                "the model logs the blockade as JNIM's decision");
        assertNull(game.submission(Faction.FRANCE), "orders last one month");

        Debrief d = Debrief.of(game);
        Debrief.Story story = d.factions().stream().filter(s -> s.faction().equals("jnim")).findFirst().orElseThrow();
        assertEquals("Omar", story.months().get(0).decidedBy());
        assertEquals("its rules", story.months().get(1).decidedBy());
        assertTrue(story.consequences().stream().anyMatch(c -> c.label().equals("Your blockade of fuel imports")
                && c.inClass().equals("yes") && c.byRules().equals("no")), story.consequences().toString());
        // Each side, contested and ungoverned ground: the class's line and the rules' line of each.
        assertEquals(2 * (Side.COUNT + 2), d.chart().lines().size(), "the class's lines and the rules' lines");
    }

    @Test
    void wrongRequestsAreRefusedWithTheirReasonAndChangeNothing() {
        TestClock clock = new TestClock();
        Game game = game(clock);
        Refusal code = assertThrows(Refusal.class, () -> game.join("WRONG1", "jnim", "Awa", null));
        assertEquals(Refusal.Kind.FORBIDDEN, code.kind());
        Refusal unknown = assertThrows(Refusal.class, () -> game.join(game.joinCode(), "boko_haram", "Awa", null));
        assertEquals(Refusal.Kind.BAD_INPUT, unknown.kind());
        assertTrue(unknown.getMessage().contains("choose one of state, russia, france"), unknown.getMessage());
        Refusal notInClass = assertThrows(Refusal.class, () -> game.join(game.joinCode(), "aes", "Awa", null));
        assertEquals(Refusal.Kind.BAD_INPUT, notInClass.kind(), "the AES is not among this class's factions");
        assertThrows(Refusal.class, () -> game.join(game.joinCode(), "jnim", "  ", null));
        assertThrows(Refusal.class, () -> game.join(game.joinCode(), "jnim", "x".repeat(41), null));
        assertThrows(Refusal.class, () -> game.join(game.joinCode(), "jnim", "Awa\u0007", null));

        Game.Seat awa = game.join(game.joinCode(), "jnim", "Awa", null);
        Refusal taken = assertThrows(Refusal.class, () -> game.join(game.joinCode(), "jnim", "Moussa", null));
        assertEquals(Refusal.Kind.CONFLICT, taken.kind());
        assertTrue(taken.getMessage().contains("played by Awa"), taken.getMessage());
        assertThrows(Refusal.class, () -> game.join(game.joinCode(), "jnim", "Moussa", "ZZZZ"));
        assertEquals(awa, game.join(game.joinCode(), "jnim", "anyone", awa.rejoin().toLowerCase()), "the rejoin code takes the seat back");
        assertEquals(awa, game.seat(awa.token()));
        assertEquals(Refusal.Kind.FORBIDDEN, assertThrows(Refusal.class, () -> game.seat("not-a-token")).kind());

        Game.Submission sent = game.submit(awa, 0, List.of("blockade"));
        Refusal offMenu = assertThrows(Refusal.class, () -> game.submit(awa, 0, List.of("assault:atlantis")));
        assertTrue(offMenu.getMessage().contains("'assault:atlantis' is not on JNIM's menu"), offMenu.getMessage());
        assertThrows(Refusal.class, () -> game.submit(awa, 0, List.of("blockade", "blockade")));
        assertThrows(Refusal.class, () -> game.submit(awa, 0, null));
        List<String> raids = game.menu(Faction.JNIM).stream().map(i -> i.id()).filter(Game::isOperation).limit(
                entry.scenario().operations().perMonth() + 1L).toList();
        Refusal tooMany = assertThrows(Refusal.class, () -> game.submit(awa, 0, raids));
        assertTrue(tooMany.getMessage().startsWith("At most " + entry.scenario().operations().perMonth() + " operations"), tooMany.getMessage());
        assertEquals(sent, game.submission(Faction.JNIM), "refused orders leave the sent ones as they were");

        game.deadlineIn(2);
        clock.advanceMinutes(3);
        Refusal late = assertThrows(Refusal.class, () -> game.submit(awa, 0, List.of()));
        assertEquals(Refusal.Kind.LATE, late.kind());
        assertTrue(late.getMessage().contains("The deadline passed"), late.getMessage());
        assertThrows(Refusal.class, () -> game.withdraw(awa, 0));
        assertEquals(sent, game.submission(Faction.JNIM));
        assertThrows(Refusal.class, () -> game.deadlineIn(Double.NaN));

        game.advance();
        Refusal stale = assertThrows(Refusal.class, () -> game.submit(awa, 0, List.of("blockade")));
        assertEquals(Refusal.Kind.LATE, stale.kind());
        assertTrue(stale.getMessage().contains("month 1, which has been played"), stale.getMessage());
        assertNull(game.deadline(), "each month's deadline is set anew");

        assertEquals(Refusal.Kind.FORBIDDEN, assertThrows(Refusal.class, () -> game.checkTeacher("guess")).kind());
        game.checkTeacher(game.teacherKey());
        game.end();
        assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class, game::advance).kind());
        assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class, () -> game.submit(awa, 1, List.of())).kind());
    }

    @Test
    void aSavedGameResumesWithItsSeatsAndGoesOnAsIfNeverStopped(@TempDir Path dir) throws Exception {
        TestClock clock = new TestClock();
        Game game = game(clock);
        Game.Seat awa = game.join(game.joinCode(), "jnim", "Awa", null);
        game.submit(awa, 0, List.of("blockade"));
        game.advance();
        Path saved = game.save(dir);
        assertTrue(saved.getFileName().toString().startsWith("lesson-play-the-war-month2-"), saved.toString());
        assertNotEquals(saved, game.save(dir), "a second save is a new file");
        game.advance();
        game.advance();

        Game resumed = Game.resume(saved, clock, new SecureRandom());
        assertEquals(game.joinCode(), resumed.joinCode());
        assertEquals(game.teacherKey(), resumed.teacherKey());
        assertEquals(awa, resumed.seat(awa.token()), "the student keeps the faction");
        assertEquals(1, resumed.month());
        assertEquals(1, resumed.months().size());
        resumed.advance();
        resumed.advance();
        sameRun(game.sim(), resumed.sim());
        assertEquals(game.weeks().size(), resumed.weeks().size(), "the charts' weeks came back with the game");

        assertThrows(java.io.IOException.class, () -> Game.resume(dir.resolve("none.checkpoint"), clock, new SecureRandom()));
        assertEquals(LocalDate.of(2021, 6, 7), entry.scenario().period().start());
    }

    /** A clock the test moves by hand. */
    static final class TestClock extends java.time.Clock {
        private java.time.Instant now = java.time.Instant.parse("2026-03-02T09:00:00Z");

        void advanceMinutes(long m) {
            now = now.plusSeconds(60 * m);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }
}
