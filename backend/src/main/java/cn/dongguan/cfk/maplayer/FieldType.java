package cn.dongguan.cfk.maplayer;

/** The type of a layer attribute, as TileJSON and JSON Schema name it. */
enum FieldType {
    STRING("String", "string"),
    INTEGER("Number", "integer"),
    NUMBER("Number", "number"),
    BOOLEAN("Boolean", "boolean"),
    DATE("String", "string"),
    STRING_ARRAY("String", "array"),
    NUMBER_ARRAY("String", "array");

    final String tileJson;
    final String jsonSchema;

    FieldType(String tileJson, String jsonSchema) {
        this.tileJson = tileJson;
        this.jsonSchema = jsonSchema;
    }
}
