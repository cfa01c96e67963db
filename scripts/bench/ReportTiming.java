import com.fasterxml.jackson.databind.JsonNode;
import lede.export.html.Chromium;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How long a `lede export --html` page takes to draw every chart in headless Chromium (the tests' DevTools
 * client, lede.export.html.Chromium): for each page, RUNS fresh navigations; prints the page size, the median
 * milliseconds from navigation to the page's mark that its last chart has drawn (data-charts-drawn-ms, on the
 * page's own clock, whose zero is the navigation), the median wall time the client saw, and where the browser
 * spent the median run (script, style, layout: DevTools Performance.getMetrics) and the page's own measures
 * per section (performance.measure).
 *   java -cp "target/lede.jar:target/lib/*:target/test-classes" scripts/bench/ReportTiming.java RUNS PAGE...
 */
public class ReportTiming {
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        Path binary = Chromium.find();
        if (binary == null) {
            System.out.println("report timing: no chromium on the PATH: not measured");
            return;
        }
        for (int i = 1; i < args.length; i++) {
            Path page = Path.of(args[i]).toAbsolutePath();
            List<Long> drawn = new ArrayList<>();
            List<Long> wall = new ArrayList<>();
            List<String> details = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                try (Chromium browser = new Chromium(binary)) {
                    browser.call("Performance.enable", null);
                    long millis = browser.open(page);
                    if (!browser.errors.isEmpty()) {
                        throw new IllegalStateException(page + ": " + browser.errors);
                    }
                    drawn.add(browser.eval("Number(document.documentElement.dataset.chartsDrawnMs)").asLong());
                    wall.add(millis);
                    details.add(metrics(browser) + "\n    sections: " + browser.eval(
                            "performance.getEntriesByType('measure').map(m => m.name.replace('lede:', '') + ' '"
                                    + " + Math.round(m.duration)).join(', ')").asText());
                }
            }
            List<Long> sorted = new ArrayList<>(drawn);
            Collections.sort(sorted);
            long median = sorted.get(sorted.size() / 2);
            Collections.sort(wall);
            System.out.printf(Locale.ROOT, "%-40s %6.1f MB  every chart drawn %,6d ms after navigation (median of %d:"
                            + " %s; client saw ready at %,d ms)%n    %s%n", page.getFileName(),
                    Files.size(page) / 1048576.0, median, runs, drawn, wall.get(wall.size() / 2),
                    details.get(drawn.indexOf(median)));
        }
    }

    private static String metrics(Chromium browser) throws Exception {
        JsonNode metrics = browser.call("Performance.getMetrics", null).path("metrics");
        StringBuilder out = new StringBuilder("browser:");
        for (JsonNode m : metrics) {
            String name = m.path("name").asText();
            if (List.of("ScriptDuration", "RecalcStyleDuration", "LayoutDuration", "TaskDuration").contains(name)) {
                out.append(String.format(Locale.ROOT, " %s %,d ms", name.replace("Duration", ""),
                        Math.round(m.path("value").asDouble() * 1000)));
            }
        }
        return out.toString();
    }
}
