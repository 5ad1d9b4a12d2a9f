package cn.dongguan.cfk.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app over HTTP as a generated client sees it: every answer is checked against the OpenAPI document
 * (swagger-request-validator), the request too when it was meant to succeed, and each operation of
 * the document remembers whether a case reached it with success.
 */
final class DocumentedApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PASSWORD = "demo";

    /** A request: method, path with query (values unencoded), who sends it, headers and body. */
    record Call(String method, String uri, String user, String password, Map<String, String> headers, byte[] body) {

        static Call get(String uri) {
            return new Call("GET", uri, null, null, Map.of(), null);
        }

        static Call post(String uri, String json) {
            return new Call("POST", uri, null, null, Map.of(), null).json(json);
        }

        static Call patch(String uri, String json) {
            return new Call("PATCH", uri, null, null, Map.of(), null)
                    .header("Content-Type", "application/merge-patch+json")
                    .body(json.getBytes(StandardCharsets.UTF_8));
        }

        static Call put(String uri, String json) {
            return new Call("PUT", uri, null, null, Map.of(), null).json(json);
        }

        static Call delete(String uri) {
            return new Call("DELETE", uri, null, null, Map.of(), null);
        }

        Call as(String username) {
            return as(username, PASSWORD);
        }

        Call as(String username, String secret) {
            return new Call(method, uri, username, secret, headers, body);
        }

        Call header(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Call(method, uri, user, password, h, body);
        }

        Call json(String json) {
            return header("Content-Type", "application/json").body(json.getBytes(StandardCharsets.UTF_8));
        }

        Call body(byte[] content) {
            return new Call(method, uri, user, password, headers, content);
        }

        String path() {
            int q = uri.indexOf('?');
            return q < 0 ? uri : uri.substring(0, q);
        }

        Map<String, List<String>> query() {
            Map<String, List<String>> query = new LinkedHashMap<>();
            int q = uri.indexOf('?');
            if (q >= 0) {
                for (String pair : uri.substring(q + 1).split("&")) {
                    int eq = pair.indexOf('=');
                    String name = eq < 0 ? pair : pair.substring(0, eq);
                    query.computeIfAbsent(name, n -> new ArrayList<>()).add(eq < 0 ? "" : pair.substring(eq + 1));
                }
            }
            return query;
        }

        String encodedUri() {
            StringBuilder out = new StringBuilder(path());
            String sep = "?";
            for (var parameter : query().entrySet()) {
                for (String value : parameter.getValue()) {
                    out.append(sep)
                            .append(parameter.getKey())
                            .append('=')
                            .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)
                                    .replace("+", "%20"));
                    sep = "&";
                }
            }
            return out.toString();
        }
    }

    /** An answer: status, headers, body. */
    record Answer(int status, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private record Operation(String method, String template, Pattern pattern, int variables) {}

    private final String base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final OpenApiInteractionValidator validator;
    private final List<Operation> operations = new ArrayList<>();
    private final Set<String> succeeded = ConcurrentHashMap.newKeySet();

    DocumentedApi(String base) throws Exception {
        this.base = base;
        String document = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .build();
        JsonNode paths = JSON.readTree(document).get("paths");
        for (String template : paths.propertyNames()) {
            for (String method : paths.get(template).propertyNames()) {
                String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
                operations.add(new Operation(
                        method.toUpperCase(Locale.ROOT),
                        template,
                        Pattern.compile(regex),
                        template.split("\\{", -1).length - 1));
            }
        }
    }

    /** Every operation of the document, "METHOD /template". */
    Set<String> operations() {
        Set<String> all = new TreeSet<>();
        operations.forEach(o -> all.add(o.method() + " " + o.template()));
        return all;
    }

    /** The operations no case reached with success. */
    Set<String> withoutSuccessfulCase() {
        Set<String> missing = operations();
        missing.removeAll(succeeded);
        return missing;
    }

    /** Every operation of the document as its method and path template. */
    List<String[]> templates() {
        return operations.stream()
                .map(o -> new String[] {o.method(), o.template()})
                .toList();
    }

    /**
     * Sends the call, expects the status, and checks the answer against the document: the request
     * too when it was meant to succeed (a refused one is wrong on purpose).
     */
    Answer expect(int status, Call call) {
        Answer answer = send(call);
        assertThat(answer.status())
                .as("%s %s: %s", call.method(), call.uri(), answer.text())
                .isEqualTo(status);
        SimpleResponse.Builder response = new SimpleResponse.Builder(answer.status());
        answer.headers().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        if (answer.body().length > 0) {
            response.withBody(answer.body());
        }
        Request.Method method = Request.Method.valueOf(call.method());
        ValidationReport report;
        if (status < 400) {
            SimpleRequest.Builder request = new SimpleRequest.Builder(method, call.path());
            call.query().forEach(request::withQueryParam);
            call.headers().forEach(request::withHeader);
            if (call.user() != null) {
                request.withAuthorization(basic(call));
            }
            if (call.body() != null) {
                request.withBody(call.body());
            }
            report = validator.validate(request.build(), response.build());
        } else {
            report = validator.validateResponse(call.path(), method, response.build());
        }
        List<String> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
        assertThat(errors)
                .as(
                        "%s %s answered %d %s: what the document says of it",
                        call.method(),
                        call.uri(),
                        status,
                        answer.text().length() > 300 ? answer.text().substring(0, 300) : answer.text())
                .isEmpty();
        if (status < 400) {
            operationOf(call.method(), call.path()).ifPresent(o -> succeeded.add(o.method() + " " + o.template()));
        }
        return answer;
    }

    Answer send(Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.encodedUri()))
                .timeout(Duration.ofSeconds(60))
                .method(
                        call.method(),
                        call.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        call.headers().forEach(request::header);
        if (call.user() != null) {
            request.header("Authorization", basic(call));
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(call.method() + " " + call.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private java.util.Optional<Operation> operationOf(String method, String path) {
        String decoded = URLDecoder.decode(path, StandardCharsets.UTF_8);
        return operations.stream()
                .filter(o -> o.method().equals(method)
                        && o.pattern().matcher(decoded).matches())
                .min(Comparator.comparingInt(Operation::variables));
    }

    private static String basic(Call call) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((call.user() + ":" + call.password()).getBytes(StandardCharsets.UTF_8));
    }
}
