package dev.keyway.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An interface of query methods, each checked at compile time to be served by one key condition on
 * the table or one of its indexes, and implemented by generated code. Parameters are named after
 * template fields: the partition key fields, then a prefix of the sort key fields in template order,
 * then optionally two parameters bounding the next sort key field ({@code between}), then optionally a
 * {@code PageRequest}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AccessPatterns {}
