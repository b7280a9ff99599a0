package org.sahelsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing requirement skips a test with a printed notice, and fails it in CI. */
class RequirementsTest {
    @Test
    void aPresentRequirementLetsTheTestGoOn() {
        Requirements.require(true, "nothing is missing", "nothing to do");
    }

    @Test
    void aMissingRequirementSkipsWithANotice() {
        String ci = System.getProperty(Requirements.CI);
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.clearProperty(Requirements.CI);
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            TestAbortedException e = assertThrows(TestAbortedException.class,
                    () -> Requirements.require(false, "The widget is not installed", "apt-get install widget"));
            assertTrue(e.getMessage().contains("The widget is not installed (apt-get install widget)"), e.getMessage());
        } finally {
            System.setErr(err);
            restore(ci);
        }
        assertEquals("NOTICE: test skipped: The widget is not installed (apt-get install widget). CI runs it (-Dsahelsim.ci=true).",
                printed.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void inCiAMissingRequirementFails() {
        String ci = System.getProperty(Requirements.CI);
        try {
            System.setProperty(Requirements.CI, "true");
            AssertionFailedError e = assertThrows(AssertionFailedError.class,
                    () -> Requirements.require(false, "The widget is not installed", "apt-get install widget"));
            assertTrue(e.getMessage().contains("-Dsahelsim.ci=true requires it"), e.getMessage());
        } finally {
            restore(ci);
        }
    }

    private static void restore(String ci) {
        if (ci == null) System.clearProperty(Requirements.CI);
        else System.setProperty(Requirements.CI, ci);
    }
}
