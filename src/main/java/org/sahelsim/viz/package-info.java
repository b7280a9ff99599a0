/**
 * Pictures and the report of a run, drawn from the files of its run folder alone
 * ({@code docs/OUTPUT.md}): {@link org.sahelsim.viz.RunData} reads the folder,
 * {@link org.sahelsim.viz.RunCharts} and {@link org.sahelsim.viz.ControlMap} draw it in the colours
 * of {@link org.sahelsim.viz.ActorPalette}, and {@link org.sahelsim.viz.ReportBuilder} writes every
 * picture and {@code report.html}. Nothing here runs or knows the model: pictures can be redrawn at
 * any time from a finished run. Geography for the maps comes in through
 * {@link org.sahelsim.viz.MapOverlay}.
 */
package org.sahelsim.viz;
