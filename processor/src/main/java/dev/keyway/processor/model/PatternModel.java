package dev.keyway.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/** An {@code @AccessPatterns} interface and its methods. */
public record PatternModel(ClassName className, List<Method> methods, Place place) {

  /** How a method returns its results. */
  public enum Returns { PAGE, LIST, STREAM, OPTIONAL, COUNT }

  /** One query method; {@code entity} is null when the return type names no entity. */
  public record Method(
      ClassName owner, String name, Returns returns, ClassName entity, List<Param> params, TypeName returnType, Place place) {}

  /** One parameter; {@code pageRequest} marks the PageRequest parameter. */
  public record Param(String name, TypeName type, boolean pageRequest, Place place) {}
}
