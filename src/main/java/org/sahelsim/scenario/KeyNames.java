package org.sahelsim.scenario;

import java.util.Collection;
import java.util.Locale;

/** Scenario-file key spelling (snake_case) against Java component names, and near-miss names. */
final class KeyNames {

    private KeyNames() {
    }

    /** {@code fuelPriceCfa} to {@code fuel_price_cfa}; {@code airPower2} to {@code air_power2}. */
    static String snake(String camel) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && camel.charAt(i - 1) != '_') {
                    s.append('_');
                }
                s.append(Character.toLowerCase(c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /**
     * The known name closest to {@code wrong}, if close enough to be a likely typo (optimal
     * string alignment distance of at most 2, or at most 1 for short names; a case or
     * camelCase/snake_case slip always counts), or {@code null}.
     */
    static String nearest(String wrong, Collection<String> known) {
        String lower = wrong.toLowerCase(Locale.ROOT).replace('-', '_');
        String snake = snake(wrong).toLowerCase(Locale.ROOT).replace('-', '_');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = k.equals(lower) || k.equals(snake) ? 0 : distance(wrong, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        int allowed = wrong.length() <= 3 ? 1 : 2;
        return bestDistance <= allowed ? best : null;
    }

    /** "did you mean 'x'?" or {@code null}. */
    static String didYouMean(String wrong, Collection<String> known) {
        String near = nearest(wrong, known);
        return near == null ? null : "did you mean '" + near + "'?";
    }

    /** Optimal string alignment distance: edits, with a swap of neighbours as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
