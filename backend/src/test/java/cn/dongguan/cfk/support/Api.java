package cn.dongguan.cfk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the API as a client would: JSON answers, and every page of a search. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    public Api(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** The body of a 200 answer to GET {@code url}, whose parameter values are given unencoded. */
    public JsonNode get(String url) throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get(encoded(url)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus())
                .as("GET %s: %s", url, response.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /**
     * Every item of a search, page by page ({@code size} per page), checking that each page reports the
     * same exact total and the pages add up to it.
     */
    public List<JsonNode> all(String url, int size) throws Exception {
        String sep = url.contains("?") ? "&" : "?";
        List<JsonNode> items = new ArrayList<>();
        long total = -1;
        for (int page = 0; ; page++) {
            JsonNode body = get(url + sep + "size=" + size + "&page=" + page);
            assertThat(body.get("page").asInt()).isEqualTo(page);
            assertThat(body.get("size").asInt()).isEqualTo(size);
            if (total < 0) {
                total = body.get("total").asLong();
            }
            assertThat(body.get("total").asLong()).as("total on page %d", page).isEqualTo(total);
            body.get("items").forEach(items::add);
            if (body.get("items").size() < size) {
                break;
            }
        }
        assertThat(items).as("items of all pages of %s", url).hasSize((int) total);
        return items;
    }

    private static URI encoded(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return URI.create(url);
        }
        StringBuilder encoded = new StringBuilder(url.substring(0, q + 1));
        for (String pair : url.substring(q + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (encoded.charAt(encoded.length() - 1) != '?') {
                encoded.append('&');
            }
            encoded.append(pair, 0, eq + 1).append(URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return URI.create(encoded.toString());
    }

    public static List<Long> ids(List<JsonNode> items) {
        return items.stream().map(i -> i.get("id").asLong()).toList();
    }
}
