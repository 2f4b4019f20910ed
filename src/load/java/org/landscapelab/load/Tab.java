package org.landscapelab.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One student's browser tab speaking Flow's UIDL over HTTP, as Chromium's client does (recorded with a HAR of the
 * real app): the page request makes the HTTP session, {@code v-r=init} gives the CSRF key and UI id, a
 * {@code ui-navigate} event builds the view, and every interaction posts {@code mSync}/{@code event} RPCs with the
 * next {@code clientId}. Vaadin reports errors with HTTP 200, so every response body is checked here.
 */
final class Tab {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final URI base;
    final StateTree tree = new StateTree();
    private String csrf;
    private int uiId;
    private int clientId;
    private int syncId;
    int heartbeatSeconds = 300;
    long bytesReceived;

    Tab(URI base, java.util.concurrent.Executor executor) {
        this(base, executor, new CookieManager());
    }

    /** A tab of a browser whose cookies (session, learner) are {@code cookies}: tabs sharing them are one learner. */
    Tab(URI base, java.util.concurrent.Executor executor, CookieManager cookies) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(TIMEOUT)
                .executor(executor)
                .build();
    }

    /** Opens {@code route} (no leading slash) as a browser does; the view's state is then in {@link #tree}. */
    JsonNode open(String route) throws LoadError {
        return open(route, "");
    }

    /** Opens {@code route} with the address's {@code query} (no leading {@code ?}), as a shared link does. */
    JsonNode open(String route, String query) throws LoadError {
        String page = get(query.isEmpty() ? route : route + "?" + query, "page");
        if (!page.contains("<html") && !page.contains("<!doctype")) {
            throw new LoadError("page", "no HTML bootstrap page for /" + route);
        }
        String location = URLEncoder.encode(route, StandardCharsets.UTF_8);
        String init = get(
                "?v-r=init&location=" + location + "&query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&v-sh=900&v-sw=1440&v-wh=800&v-ww=1400"
                        + "&v-bh=800&v-bw=1400&v-curdate=" + System.currentTimeMillis()
                        + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-pr=1&v-np=Linux&v-td=false&v-wn=load",
                "init");
        Matcher key = KEY.matcher(init);
        if (!key.find()) {
            throw new LoadError("init", "no Vaadin-Security-Key in " + clip(init));
        }
        csrf = key.group(1);
        JsonNode config = parse(init, "init").path("appConfig");
        uiId = config.path("v-uiId").asInt();
        heartbeatSeconds = config.path("heartbeatInterval").asInt(300);
        tree.apply(config.path("uidl").path("changes"));
        clientId = 0;
        syncId = config.path("uidl").path("syncId").asInt(0);
        ObjectNode data = JSON.createObjectNode()
                .put("route", route)
                .put("query", query)
                .put("appShellTitle", "")
                .put("trigger", "");
        data.putNull("historyState");
        return send(List.of(event(1, "ui-navigate", data)));
    }

    static ObjectNode event(int node, String name, JsonNode data) {
        ObjectNode rpc =
                JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        rpc.set("data", data == null ? JSON.createObjectNode() : data);
        return rpc;
    }

    static ObjectNode sync(int node, String property, String value) {
        return JSON.createObjectNode()
                .put("type", "mSync")
                .put("node", node)
                .put("feature", 1)
                .put("property", property)
                .put("value", value);
    }

    static ObjectNode click(int node) {
        ObjectNode data = JSON.createObjectNode();
        for (Map.Entry<String, Object> e : Map.<String, Object>of(
                        "event.shiftKey",
                        false,
                        "event.metaKey",
                        false,
                        "event.ctrlKey",
                        false,
                        "event.altKey",
                        false,
                        "event.detail",
                        1,
                        "event.button",
                        0,
                        "event.clientX",
                        10,
                        "event.clientY",
                        10,
                        "event.screenX",
                        10,
                        "event.screenY",
                        10)
                .entrySet()) {
            if (e.getValue() instanceof Boolean b) {
                data.put(e.getKey(), b);
            } else {
                data.put(e.getKey(), (Integer) e.getValue());
            }
        }
        return event(node, "click", data);
    }

    /** Posts one UIDL message and checks its answer; returns the parsed response (its changes already applied). */
    JsonNode send(List<? extends JsonNode> rpc) throws LoadError {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", csrf);
        message.putArray("rpc").addAll(rpc);
        message.put("syncId", syncId).put("clientId", clientId);
        String body = post("?v-r=uidl&v-uiId=" + uiId, message.toString(), "uidl");
        JsonNode response = parse(body, "uidl");
        JsonNode meta = response.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired")) {
            throw new LoadError(meta.has("sessionExpired") ? "session-expired" : "app-error", clip(meta.toString()));
        }
        int sync = response.path("syncId").asInt(-1);
        if (sync < 0) {
            throw new LoadError("sync", "syncId " + sync + " in " + clip(body));
        }
        if (response.path("clientId").asInt(-1) != clientId + 1) {
            throw new LoadError("sync", "expected clientId " + (clientId + 1) + ", got " + response.path("clientId"));
        }
        syncId = sync;
        clientId++;
        tree.apply(response.path("changes"));
        return response;
    }

    /** Drops the tab's HTTP connection; its UI and session stay on the server, as a tab left open in a browser. */
    void disconnect() {
        http.shutdownNow();
    }

    void heartbeat() throws LoadError {
        post("?v-r=heartbeat&v-uiId=" + uiId, "", "heartbeat");
    }

    /** Closes the UI as a browser does when the page is hidden for good. */
    void unload() {
        try {
            post(
                    "?v-r=uidl&v-uiId=" + uiId,
                    JSON.createObjectNode()
                            .put("csrfToken", csrf)
                            .put("UNLOAD", true)
                            .set("rpc", JSON.createArrayNode())
                            .toString(),
                    "unload");
        } catch (LoadError ignored) {
            // the server may already have closed it
        }
    }

    private String get(String path, String kind) throws LoadError {
        return exchange(
                HttpRequest.newBuilder(base.resolve("/" + path))
                        .timeout(TIMEOUT)
                        .header("Accept-Encoding", "identity")
                        .GET()
                        .build(),
                kind);
    }

    private String post(String path, String body, String kind) throws LoadError {
        return exchange(
                HttpRequest.newBuilder(base.resolve("/" + path))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                kind);
    }

    private String exchange(HttpRequest request, String kind) throws LoadError {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            bytesReceived += response.body().length();
            if (response.statusCode() != 200) {
                throw new LoadError(
                        "http-" + response.statusCode(),
                        kind + " " + request.uri().getQuery());
            }
            return response.body();
        } catch (HttpTimeoutException e) {
            throw new LoadError("timeout", kind);
        } catch (IOException e) {
            throw new LoadError("io", kind + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadError("interrupted", kind);
        }
    }

    private static JsonNode parse(String body, String kind) throws LoadError {
        String json = body.startsWith("for(;;);") ? body.substring(8) : body;
        json = json.strip();
        if (json.startsWith("[") && json.endsWith("]")) {
            json = json.substring(1, json.length() - 1);
        }
        try {
            return JSON.readTree(json);
        } catch (RuntimeException e) {
            throw new LoadError("malformed", kind + ": " + clip(body));
        }
    }

    static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** The values of every {@code put} of {@code key} in a response. */
    static List<String> puts(JsonNode response, String key) {
        java.util.ArrayList<String> values = new java.util.ArrayList<>();
        for (JsonNode c : response.path("changes")) {
            if ("put".equals(c.path("type").asString(""))
                    && key.equals(c.path("key").asString(""))) {
                values.add(c.path("value").asString(""));
            }
        }
        return values;
    }
}
