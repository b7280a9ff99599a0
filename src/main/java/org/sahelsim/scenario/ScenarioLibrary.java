package org.sahelsim.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sahelsim.model.params.Scenario;

/**
 * The Mali scenario library: the {@code scenarios/} folder of the working directory (when run
 * from a checkout), then the scenarios embedded in the program, read onto {@link Scenario}. A
 * {@link ScenarioFolder} does the finding and reading; see it for how names, paths,
 * {@code extends} and sources resolve.
 */
public final class ScenarioLibrary {
    /** Folder name of the scenario library, on disk and among the resources. */
    public static final String FOLDER = "scenarios";

    private final ScenarioFolder folder;

    /**
     * @param folder the on-disk library, or null for embedded scenarios only
     */
    public ScenarioLibrary(Path folder) {
        this.folder = new ScenarioFolder(FOLDER, folder);
    }

    /** The library of the working directory's {@code scenarios/} folder (if any) and the embedded one. */
    public static ScenarioLibrary standard() {
        Path here = Path.of(FOLDER);
        return new ScenarioLibrary(Files.isDirectory(here) ? here : null);
    }

    /** A scenario as loaded: the record, its parameters with sources, and where it came from. */
    public record Entry(Scenario scenario, ParameterCatalog catalog, String sha256, List<String> extendsChain,
                        String sourceName, Map<String, String> sources, Locations locations) implements java.io.Serializable {
    }

    /**
     * Loads a scenario by path or name, with {@code --set} overrides, and checks everything it
     * refers to ({@link ScenarioReferences}): what loads is ready to run.
     *
     * @throws ScenarioException listing every problem, each where it was written
     */
    public Entry load(String nameOrPath, List<String> overrides) {
        return entry(folder.load(Scenario.class, nameOrPath, overrides, ScenarioLibrary::checkReferences));
    }

    /**
     * Loads a scenario as {@link #load(String, List)} does, checking its names against
     * {@code names}, asked for when the check comes (after the files are read and bound): a
     * command that has the atlas read on another thread meanwhile checks against it rather than
     * reading it again ({@link Gazetteer#standard}).
     */
    public Entry load(String nameOrPath, List<String> overrides, java.util.function.Supplier<Gazetteer> names) {
        return entry(folder.load(Scenario.class, nameOrPath, overrides, loaded -> ScenarioReferences.check(loaded, names.get())));
    }

    /**
     * Loads a scenario from its bytes, as if it were a file beside the library: {@code extends}
     * names scenarios of the library.
     */
    public Entry load(ScenarioSource leaf, List<String> overrides) {
        return entry(folder.load(Scenario.class, leaf, overrides, ScenarioLibrary::checkReferences));
    }

    /** Everything a Mali scenario refers to (forces, regions, places, corridors) is on the map. */
    private static void checkReferences(Loaded<Scenario> loaded) {
        ScenarioReferences.check(loaded, Gazetteer.standard());
    }

    private static Entry entry(ScenarioFolder.Entry<Scenario> e) {
        return new Entry(e.scenario(), e.catalog(), e.sha256(), e.extendsChain(), e.sourceName(), e.sources(), e.locations());
    }

    /** The ids in the library: on disk and embedded. */
    public List<String> ids() {
        return folder.ids();
    }
}
