package org.sahelsim.classroom;

import static org.sahelsim.classroom.Chromium.click;
import static org.sahelsim.classroom.Chromium.waitForText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.sahelsim.Requirements;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.model.SahelSim;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.viz.AtlasOverlay;

/**
 * Draws the README's pictures of the classroom: a class of three students (the junta, France,
 * JNIM) plays the default lesson for nine months in headless Chromium; then the teacher's page as
 * a projector shows it, a student's page, and the debrief. Not a test: run it by hand after a
 * change to the pages, look at the pictures, and commit them.
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.sahelsim.classroom.ClassroomPictures docs/images
 * </pre>
 */
public final class ClassroomPictures {
    private ClassroomPictures() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Path profiles = Files.createTempDirectory("classroom-pictures");
        ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load("lesson-play-the-war", List.of());
        Game game = Game.start(new SahelSim(entry.scenario(), ScenarioRun.geographyFor(entry), 1), Faction.usual(),
                Clock.systemUTC(), new SecureRandom());
        try (ClassroomServer server = ClassroomServer.start(game, "127.0.0.1", 0, profiles.resolve("saves"), Clock.systemUTC(),
                AtlasOverlay.of(MaliAtlas.load()));
             Chromium chromium = new Chromium(Requirements.browser(), profiles)) {
            String base = "http://127.0.0.1:" + server.port();
            WebDriver teacher = chromium.open("teacher", 1600, 1200);
            teacher.get(base + "/teacher#" + game.teacherKey());
            WebDriver junta = chromium.open("junta", 1280, 1100);
            WebDriver france = chromium.open("france", 1280, 1000);
            WebDriver jnim = chromium.open("jnim", 1280, 1000);
            Chromium.join(junta, base, game.joinCode(), "Ibrahim", "state", null);
            Chromium.join(france, base, game.joinCode(), "Léa", "france", null);
            Chromium.join(jnim, base, game.joinCode(), "Awa", "jnim", null);
            for (int month = 0; month < 9; month++) {
                if (month == 0) {
                    Chromium.choose(france, "leave");
                    click(france, "send");
                    waitForText(france, "message", "Sent");
                }
                if (month == 1) {
                    waitForText(junta, "month", "Month 2");
                    waitForText(junta, "message", "A new month has begun");
                    Chromium.choose(junta, "call_russia");
                    click(junta, "send");
                    waitForText(junta, "message", "Sent");
                }
                click(teacher, "advance");
                waitForText(teacher, "month", "Month " + (month + 2));
            }
            waitForText(jnim, "month", "Month 10");
            Chromium.choose(jnim, "blockade");
            teacher.findElement(org.openqa.selenium.By.id("minutes")).clear();
            teacher.findElement(org.openqa.selenium.By.id("minutes")).sendKeys("4");
            click(teacher, "set-deadline");
            waitForText(teacher, "message", "Orders are due");
            waitForText(jnim, "deadline", "left to send orders");
            Thread.sleep(4000); // the map and the chart redraw
            Chromium.shoot(teacher, out.resolve("classroom-teacher.png"));
            ((JavascriptExecutor) jnim).executeScript("document.querySelector('details.kind').open = true;");
            Chromium.shoot(jnim, out.resolve("classroom-student.png"));
            click(teacher, "end");
            teacher.switchTo().alert().accept();
            waitForText(teacher, "debrief", "The same weeks by the rules");
            Thread.sleep(1000);
            Chromium.shoot(teacher, out.resolve("classroom-debrief.png"));
        }
        System.out.println("Wrote " + out.resolve("classroom-teacher.png") + ", classroom-student.png and classroom-debrief.png");
    }
}
