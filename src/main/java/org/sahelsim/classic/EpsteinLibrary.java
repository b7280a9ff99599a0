package org.sahelsim.classic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sahelsim.classic.epstein.EpsteinScenario;
import org.sahelsim.scenario.ScenarioFolder;

/**
 * The scenarios of Epstein's civil-violence model: {@code scenarios/classic/} in the working
 * directory (when run from a checkout), then the same folder embedded in the program, read with
 * the project's scenario reader (so a bad file is refused with its file, line and column). Kept
 * apart from the Mali library, which never lists them.
 */
public final class EpsteinLibrary {
    /** The folder, on disk and among the resources. */
    public static final String FOLDER = "scenarios/classic";
    /** The scenario a command runs when given none. */
    public static final String BASELINE = "baseline";

    private final ScenarioFolder folder;

    /** @param folder the on-disk folder, or null for the embedded scenarios only */
    public EpsteinLibrary(Path folder) {
        this.folder = new ScenarioFolder(FOLDER, folder);
    }

    /** The working directory's {@code scenarios/classic/} (if any) and the embedded one. */
    public static EpsteinLibrary standard() {
        Path here = Path.of(FOLDER);
        return new EpsteinLibrary(Files.isDirectory(here) ? here : null);
    }

    /**
     * Loads a scenario by name or path, with {@code --set path=value} overrides.
     *
     * @throws org.sahelsim.scenario.ScenarioException listing every problem found
     */
    public ScenarioFolder.Entry<EpsteinScenario> load(String nameOrPath, List<String> overrides) {
        return folder.load(EpsteinScenario.class, nameOrPath, overrides);
    }

    /** The scenario names, sorted. */
    public List<String> ids() {
        return folder.ids();
    }
}
