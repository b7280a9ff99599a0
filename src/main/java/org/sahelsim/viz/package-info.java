/**
 * Pictures and the report of a run, drawn from the files of its run folder alone
 * ({@code docs/OUTPUT.md}): {@link org.sahelsim.results.RunResults} reads the folder into the
 * model's own week and event records, {@link org.sahelsim.viz.RunCharts} and
 * {@link org.sahelsim.viz.ControlMap} draw it in the labels and colours of the run's own actors
 * ({@link org.sahelsim.results.Actors}), and {@link org.sahelsim.viz.ReportBuilder} writes every
 * picture and {@code report.html}. Nothing here runs the model: pictures can be redrawn at any time
 * from a finished run. Geography for the maps comes in through {@link org.sahelsim.viz.MapOverlay}.
 */
package org.sahelsim.viz;
