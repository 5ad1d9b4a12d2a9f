package cn.dongguan.cfk.maplayer;

import java.util.List;
import org.springframework.http.MediaType;

/** Names from OGC API – Features Part 1 (OGC 17-069r4): conformance classes, media types, link relations. */
final class Ogc {

    static final String CONF_CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core";
    static final String CONF_GEOJSON = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson";
    static final String CONF_OAS30 = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30";
    static final List<String> CONFORMANCE = List.of(CONF_CORE, CONF_GEOJSON, CONF_OAS30);

    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    static final String JSON = "application/json";
    static final String GEOJSON = "application/geo+json";
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
    static final String SCHEMA_JSON = "application/schema+json";
    static final MediaType GEOJSON_TYPE = MediaType.parseMediaType(GEOJSON);
    static final MediaType OPENAPI_TYPE = MediaType.parseMediaType(OPENAPI);
    static final MediaType SCHEMA_JSON_TYPE = MediaType.parseMediaType(SCHEMA_JSON);

    static final String REL_SELF = "self";
    static final String REL_ALTERNATE = "alternate";
    static final String REL_SERVICE_DESC = "service-desc";
    static final String REL_CONFORMANCE = "conformance";
    static final String REL_DATA = "data";
    static final String REL_ITEMS = "items";
    static final String REL_COLLECTION = "collection";
    static final String REL_NEXT = "next";
    static final String REL_PREV = "prev";
    static final String REL_QUERYABLES = "http://www.opengis.net/def/rel/ogc/1.0/queryables";

    private Ogc() {}
}
