package dev.keyway.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads annotation mirrors: values with defaults, and the explicit value (for pinpointing). */
public final class Annotations {
  private final Elements elements;

  public Annotations(Elements elements) {
    this.elements = elements;
  }

  public static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) m.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return m;
      }
    }
    return null;
  }

  /** A (possibly repeated) annotation and, when repeated, its container and its value in the container. */
  public record Found(AnnotationMirror mirror, AnnotationMirror container, AnnotationValue inContainer) {}

  public static List<Found> findAll(Element element, String qualifiedName, String container) {
    List<Found> out = new ArrayList<>();
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      String name = ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.equals(qualifiedName)) {
        out.add(new Found(m, null, null));
      } else if (name.equals(container)) {
        for (AnnotationValue v : listValue(explicit(m, "value"))) {
          out.add(new Found((AnnotationMirror) v.getValue(), m, v));
        }
      }
    }
    return out;
  }

  /** The value as written, or null when the attribute is left to its default. */
  public static AnnotationValue explicit(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The value, or its default. */
  public AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException("no attribute " + name + " on " + mirror);
  }

  public String string(AnnotationMirror mirror, String name) {
    return (String) value(mirror, name).getValue();
  }

  /** Empty strings become null. */
  public String optionalString(AnnotationMirror mirror, String name) {
    String s = string(mirror, name);
    return s == null || s.isEmpty() ? null : s;
  }

  public long longValue(AnnotationMirror mirror, String name) {
    return ((Number) value(mirror, name).getValue()).longValue();
  }

  public String enumName(AnnotationMirror mirror, String name) {
    return value(mirror, name).getValue().toString();
  }

  public TypeMirror type(AnnotationMirror mirror, String name) {
    Object v = value(mirror, name).getValue();
    return v instanceof TypeMirror t ? t : null;
  }

  public AnnotationMirror annotation(AnnotationMirror mirror, String name) {
    return (AnnotationMirror) value(mirror, name).getValue();
  }

  public List<AnnotationValue> list(AnnotationMirror mirror, String name) {
    return listValue(value(mirror, name));
  }

  @SuppressWarnings("unchecked")
  static List<AnnotationValue> listValue(AnnotationValue value) {
    if (value == null) {
      return List.of();
    }
    Object v = value.getValue();
    return v instanceof List<?> l ? (List<AnnotationValue>) l : List.of();
  }

  public static boolean has(Element element, String qualifiedName) {
    return find(element, qualifiedName) != null;
  }

  public static TypeElement asTypeElement(TypeMirror type) {
    return type instanceof DeclaredType d ? (TypeElement) d.asElement() : null;
  }
}
