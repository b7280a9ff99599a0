/**
 * Epstein's civil-violence model (Model I: rebellion against a central authority), replicated
 * beside the Mali model: citizens with hardship, risk aversion and grievance who go active or
 * stay quiet, cops who arrest active citizens within their vision, and jail terms, on a torus.
 *
 * <p>Source: Joshua M. Epstein, "Modeling civil violence: An agent-based computational
 * approach", PNAS 99 suppl. 3 (2002), 7243–7250. The project's {@code docs/CLASSICS.md}
 * states the rules, the parameters with their sources, the measured results beside the paper's,
 * and every difference from the paper and from NetLogo's Rebellion and Mesa's example.
 *
 * <p>Like the Mali model core, this package knows nothing of files, charts, the command line
 * or the GUI (an architecture test keeps it so). It shares with the Mali model only
 * {@link org.sahelsim.theory.Grievance} and the annotations that tell the scenario reader a
 * parameter's bounds. A run is a pure function of (scenario, seed).
 *
 * <p>Entry points: {@link org.sahelsim.classic.epstein.EpsteinScenario} (the parameters, read
 * from a scenario file), {@link org.sahelsim.classic.epstein.CivilViolence} (the MASON model),
 * {@link org.sahelsim.classic.epstein.Outbursts} (what the paper measures in a run).
 */
package org.sahelsim.classic.epstein;
