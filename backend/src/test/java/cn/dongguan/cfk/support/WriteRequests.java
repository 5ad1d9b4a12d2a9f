package cn.dongguan.cfk.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What the write tests send and read back: merge patches, bodies with members replaced, created ids. */
public final class WriteRequests {

    public static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private WriteRequests() {}

    /** The body with the members of {@code override} (written without the braces) put over its own. */
    public static String merged(String body, String override) {
        ObjectNode node = (ObjectNode) JSON.readTree(body);
        node.setAll((ObjectNode) JSON.readTree("{" + override + "}"));
        return JSON.writeValueAsString(node);
    }

    /** The id of what a request created: it must have been answered 201. */
    public static long idOf(ResultActions result) throws Exception {
        return JSON.readTree(result.andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
    }

    /** The ETag of a version, as If-Match sends it. */
    public static String etag(Object version) {
        return "\"" + version + "\"";
    }
}
