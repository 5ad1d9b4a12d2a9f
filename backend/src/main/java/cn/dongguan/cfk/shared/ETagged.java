package cn.dongguan.cfk.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint's answers carry an ETag ({@link ETags}): a GET whose If-None-Match names it is answered
 * 304 Not Modified, and a write's ETag is the new version. The API document declares both from this.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ETagged {}
