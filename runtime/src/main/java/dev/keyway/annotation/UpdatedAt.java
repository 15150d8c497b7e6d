package dev.keyway.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The time of the last write, kept by generated code: every put, update and upsert writes the
 * current time. The field is an {@code Instant} (stored like any Instant) or a {@code long}/{@code
 * Long} holding epoch milliseconds.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface UpdatedAt {}
