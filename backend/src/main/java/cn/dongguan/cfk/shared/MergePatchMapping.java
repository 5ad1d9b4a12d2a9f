package cn.dongguan.cfk.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * A change by JSON merge patch (RFC 7396) at {@code value}: the body as {@code
 * application/merge-patch+json} or plain JSON, read by {@link JsonBodies#merge}, under If-Match
 * ({@link ETags#requireMatch}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RequestMapping(
        method = RequestMethod.PATCH,
        consumes = {"application/merge-patch+json", "application/json"})
public @interface MergePatchMapping {

    @AliasFor(annotation = RequestMapping.class, attribute = "path")
    String[] value() default {};
}
