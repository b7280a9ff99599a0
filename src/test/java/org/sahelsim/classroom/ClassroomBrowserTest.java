package org.sahelsim.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahelsim.classroom.Chromium.click;
import static org.sahelsim.classroom.Chromium.text;
import static org.sahelsim.classroom.Chromium.waitForText;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.sahelsim.Requirements;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.model.Force;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.viz.AtlasOverlay;

/**
 * The classroom in real browsers: the server listens on the loopback interface only; headless
 * Chromium plays the teacher and three students (the junta, France, JNIM) through two months:
 * they join with the code, send orders (one of them too late, and told so), the teacher fires an
 * event, sets a deadline, plays the months, saves the game; a student's browser crashes and its
 * student takes the faction back from a new one; the debrief comes at the end, and the students'
 * choices changed the run against the same weeks played by the rules. (The README's pictures of
 * these pages come from {@link ClassroomPictures}.)
 */
class ClassroomBrowserTest {
    @Test
    void aTeacherAndThreeStudentsPlayTwoMonthsAndTheirChoicesChangeTheRun(@TempDir Path dir) throws Exception {
        Requirements.Browser browser = Requirements.browser();
        ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load("lesson-play-the-war", List.of("grid.cell_degrees=0.4"));
        Geography geo = ScenarioRun.geographyFor(entry);
        Game game = Game.start(new SahelSim(entry.scenario(), geo, 2), Faction.usual(), Clock.systemUTC(), new SecureRandom());
        Path saves = dir.resolve("saves");
        try (ClassroomServer server = ClassroomServer.start(game, "127.0.0.1", 0, saves, Clock.systemUTC(), AtlasOverlay.of(MaliAtlas.load()));
             Chromium chromium = new Chromium(browser, dir)) {
            String base = "http://127.0.0.1:" + server.port();
            // Bound to the loopback interface: the machine's other addresses do not answer.
            for (InetAddress other : otherAddresses()) {
                assertThrows(IOException.class, () -> {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(other, server.port()), 2000);
                    }
                }, "the server must not answer on " + other.getHostAddress());
            }

            WebDriver teacher = chromium.open("teacher", 1600, 1000);
            teacher.get(base + "/teacher#" + game.teacherKey());
            waitForText(teacher, "code", game.joinCode());
            assertTrue(text(teacher, "month").contains("Month 1, from 7 June 2021"), text(teacher, "month"));

            WebDriver junta = chromium.open("junta", 1400, 1000);
            WebDriver france = chromium.open("france", 1400, 1000);
            WebDriver jnim = chromium.open("jnim", 1400, 1000);
            Chromium.join(junta, base, game.joinCode(), "Ibrahim", "state", null);
            Chromium.join(france, base, game.joinCode().toLowerCase(), "Léa", "france", null);
            Chromium.join(jnim, base, game.joinCode(), "Awa", "jnim", null);
            waitForText(junta, "faction", "The junta");
            waitForText(france, "faction", "France");
            waitForText(jnim, "faction", "JNIM");

            // A second student cannot take a faction already played.
            WebDriver intruder = chromium.open("intruder", 1200, 900);
            Chromium.pickFaction(intruder, base, game.joinCode(), "Moussa", "jnim");
            click(intruder, "join");
            waitForText(intruder, "message", "JNIM is played by Awa");
            chromium.crash(intruder);

            // Month 1: orders.
            Chromium.choose(junta, "call_russia");
            Chromium.choose(junta, "cut_taxes");
            click(junta, "send");
            waitForText(junta, "message", "Sent: 2 orders for month 1");
            Chromium.choose(france, "leave");
            click(france, "send");
            waitForText(france, "message", "Sent: 1 order for month 1");
            Chromium.choose(jnim, "blockade");
            click(jnim, "send");
            waitForText(jnim, "message", "Sent: 1 order for month 1");
            waitForText(jnim, "status", "Orders sent: blockade");
            waitForText(teacher, "seats", "sent: 2 options");

            // The teacher fires an event from the form: a drought.
            new Select(teacher.findElement(By.id("event-type"))).selectByValue("drought");
            teacher.findElement(By.id("event-value")).sendKeys("1.5");
            click(teacher, "fire");
            waitForText(teacher, "event-message", "value: found 1.5, expected a number between 0 and 1");
            teacher.findElement(By.id("event-value")).clear();
            teacher.findElement(By.id("event-value")).sendKeys("0.1");
            teacher.findElement(By.id("event-label")).sendKeys("A dry year");
            click(teacher, "fire");
            waitForText(teacher, "event-message", "Fired: A dry year");

            click(teacher, "advance");
            waitForText(teacher, "month", "Month 2");
            waitForText(teacher, "message", "Played month 1");

            // Month 2: the junta's browser crashes; its student takes the faction back from a new one.
            String rejoin = text(junta, "rejoin");
            assertEquals(4, rejoin.length(), "the page shows its rejoin code");
            chromium.crash(junta);
            WebDriver junta2 = chromium.open("junta2", 1400, 1000);
            Chromium.join(junta2, base, game.joinCode(), "Ibrahim", "state", rejoin);
            waitForText(junta2, "faction", "The junta");
            waitForText(junta2, "month", "Month 2");
            // The others played on meanwhile: JNIM holds this month, France leaves it to its rules.
            waitForText(jnim, "month", "Month 2");
            waitForText(jnim, "message", "A new month has begun");
            assertTrue(jnim.findElements(By.cssSelector("input.choice:checked")).isEmpty(), "a new month starts with no choice ticked");
            click(jnim, "send");
            waitForText(jnim, "message", "Sent: you hold this month");

            // A deadline that passes: orders sent after it are refused, and say so.
            teacher.findElement(By.id("minutes")).clear();
            teacher.findElement(By.id("minutes")).sendKeys("0.02");
            click(teacher, "set-deadline");
            waitForText(teacher, "message", "Orders are due in 0.02 minutes");
            Thread.sleep(2500);
            click(junta2, "send");
            waitForText(junta2, "message", "The deadline passed");
            assertEquals(null, game.submission(Faction.STATE), "late orders change nothing");

            click(teacher, "save");
            waitForText(teacher, "message", "Saved as lesson-play-the-war-month2-");
            Chromium.await(teacher).until(x -> !x.findElements(By.cssSelector("#saves button")).isEmpty());
            assertEquals(1, Files.list(saves).count(), "the save is on disk");

            click(teacher, "advance");
            waitForText(teacher, "month", "Month 3");

            // The debrief: each faction's decisions, and the run against the rules' run.
            click(teacher, "end");
            teacher.switchTo().alert().accept();
            waitForText(teacher, "debrief", "Léa ordered leave");
            waitForText(teacher, "debrief", "Awa ordered blockade");
            waitForText(teacher, "debrief", "Awa ordered it to hold");
            waitForText(teacher, "debrief", "The same weeks by the rules");
            assertTrue(text(teacher, "debrief").contains("Ibrahim ordered call_russia, cut_taxes"), text(teacher, "debrief"));
            waitForText(france, "debrief", "Debrief: France");

            SahelSim rules = Debrief.rulesRun(game).sim();
            var w = game.sim().world();
            assertEquals(0, w.mandate[Force.FRANCE.ordinal()], "France's student sent France home");
            assertTrue(w.strength[Force.FRANCE.ordinal()] < rules.world().strength[Force.FRANCE.ordinal()],
                    "France, sent home in the first month, has fewer troops left than by its rules: "
                            + w.strength[Force.FRANCE.ordinal()] + " against " + rules.world().strength[Force.FRANCE.ordinal()]);
            assertTrue(w.blockade.active() && !rules.world().blockade.active(), "JNIM's student declared the blockade");
            assertTrue(w.taxCut && !rules.world().taxCut, "the junta's student cut taxes");
            assertFalse(game.sim().eventLog().events().equals(rules.eventLog().events()), "the run went another way");
            assertTrue(game.sim().eventLog().events().stream().anyMatch(e -> e.type().equals("live_event")
                    && e.description().equals("A dry year")), "the teacher's event is in the run");
        }
    }

    /** This machine's IPv4 addresses other than loopback. */
    private static List<InetAddress> otherAddresses() throws IOException {
        List<InetAddress> out = new ArrayList<>();
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!n.isUp() || n.isLoopback()) continue;
            for (InetAddress a : Collections.list(n.getInetAddresses())) if (a instanceof Inet4Address) out.add(a);
        }
        return out;
    }
}
