package lede.export.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over the DevTools protocol with Java's own WebSocket client: no driver, nothing
 * downloaded. One page; console errors and uncaught exceptions are collected. Public for
 * scripts/bench/ReportTiming.java.
 */
public final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    public final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    /** The browser on the PATH (chromium, chromium-browser, google-chrome), or null. */
    public static Path find() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    public Chromium(Path browser) throws Exception {
        profile = Files.createTempDirectory("lede-chromium");
        process = new ProcessBuilder(browser.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "--window-size=1200,900", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browserSocket = null;
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (String line = err.readLine(); line != null && System.nanoTime() < until; line = err.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browserSocket = m.group(1);
                break;
            }
        }
        if (browserSocket == null) {
            process.destroyForcibly();
            throw new IOException("Chromium did not say where DevTools listens");
        }
        Thread drain = new Thread(() -> {
            try {
                while (err.readLine() != null) {
                    // the browser's own log: not the page's console
                }
            } catch (IOException ignored) {
                // the browser ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        URI http = URI.create(browserSocket.replace("ws://", "http://"));
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(
                        URI.create("http://" + http.getAuthority() + "/json/new?about:blank"))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        String pageSocket = JSON.readTree(page.body()).get("webSocketDebuggerUrl").asText();
        socket = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(pageSocket), new Listener()).get(10, TimeUnit.SECONDS);
        call("Runtime.enable", null);
        call("Log.enable", null);
        call("Page.enable", null);
        ObjectNode metrics = JSON.createObjectNode().put("width", 1200).put("height", 900)
                .put("deviceScaleFactor", 1).put("mobile", false);
        call("Emulation.setDeviceMetricsOverride", metrics);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                handle(message.toString());
                message.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    private void handle(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> future = pending.remove(message.get("id").asInt());
                if (future != null) {
                    future.complete(message);
                }
                return;
            }
            String method = message.path("method").asText();
            JsonNode params = message.path("params");
            if (method.equals("Runtime.exceptionThrown")) {
                errors.add("exception: " + params.path("exceptionDetails").toString());
            } else if (method.equals("Runtime.consoleAPICalled") && params.path("type").asText().equals("error")) {
                errors.add("console.error: " + params.path("args").toString());
            } else if (method.equals("Log.entryAdded") && params.path("entry").path("level").asText().equals("error")) {
                errors.add("log: " + params.path("entry").path("text").asText());
            }
        } catch (IOException e) {
            errors.add("unreadable DevTools message: " + e.getMessage());
        }
    }

    public JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        pending.put(id, future);
        socket.sendText(message.toString(), true).get(10, TimeUnit.SECONDS);
        JsonNode answer = future.get(60, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IOException(method + ": " + answer.get("error"));
        }
        return answer.get("result");
    }

    /** Opens a page and waits until its script marked it ready; the milliseconds from navigation to ready. */
    public long open(Path file) throws Exception {
        long start = System.nanoTime();
        call("Page.navigate", JSON.createObjectNode().put("url", file.toUri().toString()));
        long until = start + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            JsonNode ready = eval("document.readyState === 'complete' && document.documentElement.dataset.ready === 'true'");
            if (ready.asBoolean()) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            }
            Thread.sleep(20);
        }
        throw new IOException("the page did not get ready in 60 s; errors: " + errors);
    }

    /** The value of a JavaScript expression (promises awaited), as JSON. */
    public JsonNode eval(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("script failed: " + expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    public void screenshot(Path target) throws Exception {
        JsonNode size = call("Page.getLayoutMetrics", null).path("cssContentSize");
        ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("scale", 1)
                .put("width", size.path("width").asDouble(1200)).put("height", size.path("height").asDouble(900));
        ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.set("clip", clip);
        JsonNode shot = call("Page.captureScreenshot", params);
        Files.createDirectories(target.getParent());
        Files.write(target, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    @Override
    public void close() throws Exception {
        try {
            socket.abort();
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
