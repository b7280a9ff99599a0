/**
 * The classics beside the Mali model, around their model cores: where their scenario files are
 * found and read ({@link org.sahelsim.classic.EpsteinLibrary}, {@code scenarios/classic/}) and how
 * a run becomes a run folder ({@link org.sahelsim.classic.EpsteinRun}). The model itself is in
 * {@link org.sahelsim.classic.epstein}, which knows nothing of this package; the command line
 * ({@code sahelsim epstein}, {@code sahelsim gui epstein}), the chart and the window are in
 * {@code cli}, {@code viz} and {@code gui} beside Mali's. {@code docs/CLASSICS.md} describes it all.
 */
package org.sahelsim.classic;
