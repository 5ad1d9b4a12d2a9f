package cn.dongguan.cfk.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Reads a row into a record by name, as {@link org.springframework.jdbc.core.DataClassRowMapper} does
 * (component {@code areaM2} from column {@code area_m2}), except that a component which is itself a
 * record is read from the same row: the nested parts of a view that JSON shows flat
 * ({@code @JsonUnwrapped}), and SQL arrays become lists. A column the record names but the row lacks
 * is an error, never a null.
 */
public final class RecordRowMapper<T extends Record> implements RowMapper<T> {

    private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

    private final Constructor<T> constructor;
    private final RowMapper<?>[] components;

    private RecordRowMapper(Class<T> type) {
        RecordComponent[] parts = type.getRecordComponents();
        try {
            constructor = type.getDeclaredConstructor(
                    Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record has its canonical constructor: " + type, e);
        }
        constructor.setAccessible(true);
        components = Arrays.stream(parts).map(RecordRowMapper::component).toArray(RowMapper<?>[]::new);
    }

    public static <T extends Record> RecordRowMapper<T> of(Class<T> type) {
        return new RecordRowMapper<>(type);
    }

    @Override
    public T mapRow(ResultSet rs, int row) throws SQLException {
        Object[] values = new Object[components.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = components[i].mapRow(rs, row);
        }
        try {
            return constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "Cannot make a " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static RowMapper<?> component(RecordComponent part) {
        Class<?> type = part.getType();
        if (type.isRecord()) {
            return of((Class<? extends Record>) type);
        }
        String column = column(part.getName());
        return (rs, row) -> {
            Object value = JdbcUtils.getResultSetValue(rs, rs.findColumn(column), type);
            if (value instanceof Array array) {
                value = array.getArray();
            }
            return value == null || type.isInstance(value) ? value : CONVERSIONS.convert(value, type);
        };
    }

    /** {@code areaM2} → {@code area_m2}, as the schema names columns. */
    private static String column(String component) {
        StringBuilder name = new StringBuilder();
        for (char c : component.toCharArray()) {
            name.append(Character.isUpperCase(c) ? "_" + Character.toLowerCase(c) : String.valueOf(c));
        }
        return name.toString();
    }
}
