package cn.dongguan.cfk.apidocs;

import cn.dongguan.cfk.shared.GeoJson;
import cn.dongguan.cfk.shared.ProblemResponses;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.http.HttpStatus;

/** The schemas, headers and responses the customizers share, by name. */
final class Schemas {

    static final String BASIC = "basicAuth";
    static final String SESSION = "sessionCookie";
    static final String PROBLEM = "Problem";
    static final String GEOMETRY = "GeoJsonGeometry";
    static final String FEATURE_PROPERTIES = "GeoJsonProperties";
    static final String PROBLEM_JSON = "application/problem+json";

    private Schemas() {}

    @SuppressWarnings({"rawtypes", "unchecked"}) // swagger's fluent schema builders are raw
    static void addTo(Components components) {
        components.addSchemas(
                PROBLEM,
                new ObjectSchema()
                        .description("RFC 9457 problem: title and detail in Chinese and English (\"中文 / English\"), "
                                + "the texts also apart, and the field (parameter, header or body member) at fault")
                        .addProperty("type", new StringSchema().format("uri"))
                        .addProperty("title", new StringSchema())
                        .addProperty("status", new IntegerSchema())
                        .addProperty("detail", new StringSchema())
                        .addProperty("instance", new StringSchema().format("uri-reference"))
                        .addProperty("detailZh", new StringSchema())
                        .addProperty("detailEn", new StringSchema())
                        .addProperty("field", new StringSchema())
                        .required(List.of("type", "title", "status", "detail", "detailZh", "detailEn"))
                        .additionalProperties(true));
        components.addSchemas(
                FEATURE_PROPERTIES,
                new ObjectSchema()
                        .description("A GeoJSON feature's properties: the layer's attributes")
                        .additionalProperties(true));
        components.addSchemas(
                GEOMETRY,
                new ObjectSchema()
                        .description("A GeoJSON geometry (RFC 7946), WGS84 longitude and latitude")
                        .addProperty("type", new StringSchema()._enum(GeoJson.GEOMETRY_TYPES))
                        .addProperty("coordinates", new ArraySchema().items(new Schema<>()))
                        .required(List.of("type")));
    }

    /** Each path of the document with a request URI it stands for ({@code /api/parks/{code}}: {@code /api/parks/1}). */
    static void eachPath(OpenAPI api, BiConsumer<String, PathItem> action) {
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> action.accept(path.replaceAll("\\{[^}]+}", "1"), item));
        }
    }

    /** Adds the problem answer of {@code status} unless the operation declares that status already. */
    static void addProblem(Operation operation, HttpStatus status, String why) {
        ApiResponses responses = responses(operation);
        String code = Integer.toString(status.value());
        if (responses.containsKey(code)) {
            return;
        }
        responses.addApiResponse(
                code,
                new ApiResponse()
                        .description(ProblemResponses.title(status) + (why == null ? "" : ": " + why))
                        .content(problemContent()));
    }

    static Content problemContent() {
        return new Content()
                .addMediaType(
                        PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    static ApiResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        return operation.getResponses();
    }

    static Header stringHeader(String description) {
        return new Header().description(description).schema(new StringSchema());
    }
}
