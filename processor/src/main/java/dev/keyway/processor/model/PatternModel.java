package dev.keyway.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/** An {@code @AccessPatterns} interface and its methods. */
public record PatternModel(ClassName className, List<Method> methods, Place place) {

  /** How a method returns its results; GROUPED is a generated collection record ({@code entity} names it). */
  public enum Returns { PAGE, LIST, STREAM, OPTIONAL, COUNT, GROUPED }

  /**
   * One query method; {@code entity} is null when the return type names no entity. {@code project} lists
   * the field names of a {@code @Project} method (results are {@code Item} views), else null; {@code
   * projectPlace} is its {@code fields} value.
   */
  public record Method(
      ClassName owner, String name, Returns returns, ClassName entity, List<Param> params, TypeName returnType,
      Place place, List<String> project, Place projectPlace) {
    public Method withEntity(ClassName e) {
      return new Method(owner, name, returns, e, params, returnType, place, project, projectPlace);
    }
  }

  /**
   * One parameter; {@code pageRequest} marks the PageRequest parameter, {@code filter} a {@code @Filter}
   * one (else null).
   */
  public record Param(String name, TypeName type, boolean pageRequest, Filter filter, Place place) {}

  /** A {@code @Filter}: the field (the parameter name unless given) and the operator name. */
  public record Filter(String field, String op, Place place) {}
}
