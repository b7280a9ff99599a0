package org.sahelsim.uncertainty;

import java.util.ArrayList;
import java.util.List;
import org.moeaframework.analysis.parameter.ParameterSet;
import org.moeaframework.analysis.parameter.SampledDouble;
import org.moeaframework.analysis.sensitivity.Sensitivity;
import org.moeaframework.analysis.sensitivity.SobolSensitivityAnalysis;
import org.moeaframework.core.PRNG;
import org.moeaframework.util.sequence.Saltelli;

/**
 * Sobol's first-order and total-order sensitivity indices with Saltelli's sampling, computed by
 * the MOEA Framework ({@link SobolSensitivityAnalysis}, after Saltelli et al. 2008, "Global
 * Sensitivity Analysis: The Primer", and Tang et al. 2007). For {@code k} parameters and {@code n}
 * base samples the design has {@code n (2k + 2)} points in blocks of {@code 2k + 2}. Indices come
 * with 95% bootstrap intervals (half-widths), whose resampling is seeded here so that the same
 * outputs always give the same intervals.
 */
public final class SobolIndices {
    private SobolIndices() {
    }

    /** One parameter's indices: first-order and total-order, each with the half-width of its 95% interval. */
    public record Index(int parameter, double first, double firstHalfWidth, double total, double totalHalfWidth) {
    }

    /** The points of Saltelli's design, {@code [point][parameter]}, in blocks of {@code 2k + 2}. */
    public static double[][] design(int n, int k) {
        if (n < 2 || k < 1) throw new IllegalArgumentException("Sobol indices need at least 2 base samples and 1 parameter");
        return new Saltelli().generate(n * (2 * k + 2), k);
    }

    /** The number of runs of a design of {@code n} base samples over {@code k} parameters. */
    public static int runs(int n, int k) {
        return n * (2 * k + 2);
    }

    /** The indices of each parameter from the outputs {@code y} of {@link #design}'s points, in order. */
    public static List<Index> analyse(int n, int k, double[] y, int resamples, long seed) {
        List<SampledDouble> parameters = new ArrayList<>();
        for (int i = 0; i < k; i++) parameters.add(new SampledDouble("x" + i, 0, 1));
        SobolSensitivityAnalysis analysis = new SobolSensitivityAnalysis(new ParameterSet(parameters), n, resamples);
        List<Index> out = new ArrayList<>(k);
        // The library bootstraps with its own shared generator: seed it, in one thread, for reproducible intervals.
        synchronized (PRNG.class) {
            PRNG.setSeed(seed);
            SobolSensitivityAnalysis.SobolSensitivityResult result = analysis.evaluate(y);
            for (int i = 0; i < k; i++) {
                Sensitivity<?> first = result.getFirstOrder(parameters.get(i));
                Sensitivity<?> total = result.getTotalOrder(parameters.get(i));
                out.add(new Index(i, first.getSensitivity(), first.getConfidenceInterval(), total.getSensitivity(),
                        total.getConfidenceInterval()));
            }
        }
        return out;
    }
}
