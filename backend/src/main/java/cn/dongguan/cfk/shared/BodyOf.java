package cn.dongguan.cfk.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a write's {@code JsonNode} body: the record {@link JsonBodies} reads it into, whose schema the API
 * document shows (every member optional in a merge patch).
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface BodyOf {

    Class<?> value();
}
