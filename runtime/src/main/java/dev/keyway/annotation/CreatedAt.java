package dev.keyway.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The time the item was created, kept by generated code: a put writes the current time when the
 * entity has none (a value read from the item is kept), and an update or upsert writes it only
 * when the item lacks it ({@code SET createdAt = if_not_exists(createdAt, :now)}). The field is an
 * {@code Instant} (stored like any Instant) or a {@code long}/{@code Long} holding epoch milliseconds.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface CreatedAt {}
