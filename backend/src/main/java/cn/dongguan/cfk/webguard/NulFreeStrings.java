package cn.dongguan.cfk.webguard;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Text in a JSON body may not hold a NUL character (PostgreSQL cannot store it): refused as a wrong
 * value of its field, which the API answers with a 400 naming the field.
 */
final class NulFreeStrings extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        String value = super.deserialize(p, ctxt);
        if (value != null && value.indexOf('\u0000') >= 0) {
            return (String) ctxt.handleWeirdStringValue(
                    String.class, value.replace("\u0000", "\\0"), "contains a NUL character (\\0)");
        }
        return value;
    }
}
