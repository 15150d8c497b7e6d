package dev.keyway.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@code @AccessPatterns} method: read only these fields of {@link #entity} (a
 * ProjectionExpression). The method returns {@code Page<Item>}, {@code List<Item>}, {@code
 * Stream<Item>} or {@code Optional<Item>} ({@code dev.keyway.model.Item}, views of the projected
 * attributes, never entities). It is served by a key condition like any access pattern; when that is an
 * index, the index's projection must hold the fields (and the type attribute), checked at compile time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Project {
  /** The entity whose items are read. */
  Class<?> entity();

  /** Field names of the entity (not stored attribute names); at least one. */
  String[] fields();
}
