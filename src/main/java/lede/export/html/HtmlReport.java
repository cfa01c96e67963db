package lede.export.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.export.AtomicFile;
import lede.io.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code lede export --html}: one self-contained HTML page (no network: the chart library, styles and data are
 * inlined) with the overview, timeline, people, places, organizations, quotes, numbers, copies, network,
 * keyness and documents of a corpus. The numbers come from the {@code lede stats} reports ({@link ReportData}).
 * The data sits in a JSON script element with {@code <}, {@code >}, {@code &} and the JavaScript line separators
 * escaped, so no text of a document can end the element; the page sets every text with textContent.
 */
public final class HtmlReport {
    /** The chart library, from the org.webjars.npm:echarts jar (its version is the pom's). */
    private static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    /** What the overview says about the run. */
    public record Run(String version, String command, String date) {
    }

    private HtmlReport() {
    }

    /** Writes the page to {@code target}; the file appears only when complete. */
    public static void write(List<ObjectNode> documents, Run run, Path target) throws IOException {
        String page = page(documents, run);
        try (AtomicFile file = new AtomicFile(target)) {
            Files.writeString(file.path(), page, StandardCharsets.UTF_8);
            file.commit();
        }
    }

    public static String page(List<ObjectNode> documents, Run run) {
        ObjectNode about = Json.object();
        about.put("version", run.version());
        about.put("command", run.command());
        about.put("date", run.date());
        ObjectNode data = ReportData.of(documents, ReportData.Caps.DEFAULT, about);
        String template = resource("/lede/export/html/report.html");
        // placeholders are replaced in one pass each, data last: its text cannot create a placeholder
        return template.replace("{{STYLE}}", resource("/lede/export/html/report.css"))
                .replace("{{ECHARTS}}", scriptText(resource(ECHARTS)))
                .replace("{{APP}}", scriptText(resource("/lede/export/html/report.js")))
                .replace("{{DATA}}", embeddedJson(data));
    }

    /** JSON that is inert inside a script element: no {@code </script>}, no {@code <!--}, no HTML entity. */
    static String embeddedJson(ObjectNode data) {
        String json = data.toString();
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A script's text with any {@code </script} broken up (the library's strings might hold one). */
    private static String scriptText(String script) {
        return script.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
