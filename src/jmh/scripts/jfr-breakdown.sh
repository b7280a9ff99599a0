#!/usr/bin/env sh
# Where a command's time goes: the CPU samples of a flight recording, each put in the first
# step of a run whose code is on its stack. Record with
#   java -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints \
#        -XX:StartFlightRecording=filename=run.jfr,settings=profile -jar target/sahelsim.jar run ...
# (without DebugNonSafepoints the samples pile up at loop ends), then
#   src/jmh/scripts/jfr-breakdown.sh run.jfr [more.jfr ...]   (several recordings add up)
# Samples are of Java threads running Java code: the JIT compilers' own time is not in them.
set -e
for recording in "$@"; do
  jfr print --stack-depth 400 --events jdk.ExecutionSample "$recording"
done | awk '
BEGIN {
  n = split("animation: encoding|ControlAnimation$Drawing.write;" \
            "animation: palette|FramePalette.indices;" \
            "animation: frames|ControlMap$Frames;" \
            "animation: frames|ControlAnimation.write;" \
            "PNG encoding|PictureFiles.png(;" \
            "PNG encoding|PictureFiles.writePng(BufferedImage;" \
            "map|ControlMap.render;" \
            "charts: SVG|PictureFiles.svg(;" \
            "charts: SVG|PictureFiles.writeSvg(;" \
            "charts: raster|PictureFiles.raster(;" \
            "report page|HtmlReport;" \
            "getting the pictures ready|ReportBuilder.prepare;" \
            "map overlay|AtlasOverlay;" \
            "the run data for the pictures|RunWriter.results;" \
            "re-reading the run files|RunResults.read;" \
            "cells.csv.gz, compressed as the run goes|RunWriter$CellsAsRecorded;" \
            "writing the data files|ScenarioRun.write;" \
            "model|org.sahelsim.model.;" \
            "geography (map grid)|Rasteriser;" \
            "geography (atlas)|MaliAtlas;" \
            "scenario|org.sahelsim.scenario.;" \
            "command line|picocli", rules, ";")
  for (i = 1; i <= n; i++) { split(rules[i], r, "|"); label[i] = r[1]; pattern[i] = r[2] }
}
/jdk.ExecutionSample/ { if (stack != "") count(); stack = ""; next }
/line:/ { stack = stack "\n" $0 }
END { if (stack != "") count(); for (k in total) printf "%6d %5.1f%%  %s\n", total[k], 100 * total[k] / all, k | "sort -rn"; }
function count(   i) {
  all++
  for (i = 1; i <= n; i++) if (index(stack, pattern[i]) > 0) { total[label[i]]++; return }
  total["other (JVM start, class loading, ...)"]++
}'
