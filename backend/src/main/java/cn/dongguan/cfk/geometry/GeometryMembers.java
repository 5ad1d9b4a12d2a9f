package cn.dongguan.cfk.geometry;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On the record a write body binds to: the body also carries the members {@link Footprints} reads
 * (geometry, crs, repair), so binding the other fields leaves them alone instead of refusing them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonIgnoreProperties({GeometryInput.GEOMETRY, GeometryInput.CRS, GeometryInput.REPAIR})
public @interface GeometryMembers {}
