package org.sahelsim.scenario;

import java.util.List;

/**
 * A scenario that cannot be used, with every problem found (up to a cap). The message is meant
 * for a terminal as it is: one line per problem, no Java names; print {@link #getMessage()},
 * not the stack trace.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final int omitted;

    ScenarioException(List<Problem> problems, int omitted) {
        super(message(problems, omitted));
        this.problems = List.copyOf(problems);
        this.omitted = omitted;
    }

    /** The problems, in the order found (file order within a file). */
    public List<Problem> problems() {
        return problems;
    }

    /** How many further problems were found but not kept (past the cap). */
    public int omitted() {
        return omitted;
    }

    private static String message(List<Problem> problems, int omitted) {
        StringBuilder s = new StringBuilder();
        for (Problem p : problems) {
            if (s.length() > 0) {
                s.append('\n');
            }
            s.append(p);
        }
        if (omitted > 0) {
            s.append("\n... and ").append(omitted).append(omitted == 1 ? " more problem" : " more problems");
        }
        return s.toString();
    }
}
