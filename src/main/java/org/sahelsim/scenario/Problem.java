package org.sahelsim.scenario;

/**
 * One thing wrong with a scenario, said the way a person can fix it: where (file, 1-based line
 * and column), which parameter (the key path, e.g. {@code forces.fama.strength}; empty for
 * a problem with the text itself), what was found, what was expected, and a suggestion
 * (e.g. a near key name) or {@code null}.
 *
 * <p>For a {@code --set} override the file is the argument itself ({@code --set a.b=3}),
 * line 1, and the column points into it.
 */
public record Problem(String file, int line, int column, String path, String found, String expected,
        String suggestion) {

    public Problem {
        path = path == null ? "" : path;
    }

    /** {@code file:line:column}, or {@code command line --set a=1, column 7} for an override. */
    public String location() {
        if (file.startsWith(ScenarioReader.SET_PREFIX)) {
            return "command line " + file + ", column " + column;
        }
        return file + ":" + line + ":" + column;
    }

    /** One terminal line: {@code scenarios/foo.yaml:12:5: forces.fama.strength: found -300, expected a number >= 0}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(location()).append(": ");
        if (!path.isEmpty()) {
            s.append(path).append(": ");
        }
        s.append("found ").append(found).append(", expected ").append(expected);
        if (suggestion != null) {
            s.append(" (").append(suggestion).append(')');
        }
        return s.toString();
    }
}
