package cn.dongguan.cfk.webguard;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Jackson trims an enumeration's text before it looks the constant up, and trimming drops NUL: so
 * {@code "LAND\u0000"} would read as LAND. A NUL in an enumeration's text is refused like one in
 * any other text ({@link NulFreeStrings}).
 */
final class NulFreeEnums extends ValueDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(
            DeserializationConfig config,
            JavaType type,
            BeanDescription.Supplier description,
            ValueDeserializer<?> deserializer) {
        return new Checked(deserializer, type.getRawClass());
    }

    private static final class Checked extends DelegatingDeserializer {

        private final Class<?> type;

        Checked(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_STRING && p.getString().indexOf('\u0000') >= 0) {
                return ctxt.handleWeirdStringValue(
                        type, p.getString().replace("\u0000", "\\0"), "contains a NUL character (\\0)");
            }
            return super.deserialize(p, ctxt);
        }
    }
}
