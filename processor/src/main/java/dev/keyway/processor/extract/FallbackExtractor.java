package dev.keyway.processor.extract;

import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.model.AttrType;
import dev.keyway.processor.model.Place;
import dev.keyway.processor.model.ReadFallback;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads how a field is read from items lacking its attribute: {@code @Attribute(aliases)} and
 * {@code @DefaultValue}, checking the default's text against the field's type.
 */
final class FallbackExtractor {
  static final String DEFAULT_VALUE = "dev.keyway.annotation.DefaultValue";

  private final Diagnostics diagnostics;

  FallbackExtractor(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The fallback of a field, or null when its default was reported as invalid. */
  ReadFallback fallback(Element element, AnnotationMirror attribute, String field, TypeMirror type, AttrType attr) {
    List<String> aliases = new ArrayList<>();
    Place aliasesPlace = null;
    AnnotationValue aliasValues = attribute == null ? null : Annotations.explicit(attribute, "aliases");
    if (aliasValues != null) {
      aliasesPlace = new Place(element, attribute, aliasValues);
      for (AnnotationValue v : Annotations.listValue(aliasValues)) {
        aliases.add((String) v.getValue());
      }
    }
    AnnotationMirror def = Annotations.find(element, DEFAULT_VALUE);
    if (def == null) {
      return aliases.isEmpty() ? ReadFallback.NONE : new ReadFallback(List.copyOf(aliases), aliasesPlace, null, null);
    }
    AnnotationValue value = Annotations.explicit(def, "value");
    Place place = new Place(element, def, value);
    String text = (String) value.getValue();
    String problem = problem(text, type, attr);
    if (problem != null) {
      diagnostics.report(Msg.DEFAULT_VALUE_INVALID, place, text, field, problem);
      return null;
    }
    return new ReadFallback(List.copyOf(aliases), aliasesPlace, text, place);
  }

  /** Why {@code text} is no value of the field's type ("is not ...; fix"), or null when it is one. */
  private static String problem(String text, TypeMirror type, AttrType attr) {
    if (attr instanceof AttrType.EnumType) {
      TypeElement e = Annotations.asTypeElement(type);
      List<String> constants = e.getEnclosedElements().stream()
          .filter(x -> x.getKind() == ElementKind.ENUM_CONSTANT).map(x -> x.getSimpleName().toString()).toList();
      return constants.contains(text) ? null
          : "a constant of " + e.getSimpleName() + "; use one of: " + String.join(", ", constants);
    }
    if (!(attr instanceof AttrType.Scalar s)) {
      return "supported for type " + attr.typeName() + "; defaults exist for String, numbers, boolean and enums";
    }
    return switch (s.kind()) {
      case STRING -> null;
      case BOOLEAN -> text.equals("true") || text.equals("false") ? null : "a boolean; write \"true\" or \"false\"";
      case BYTE, SHORT, INT, LONG, BIG_INTEGER -> integral(text, s.kind());
      case FLOAT, DOUBLE, BIG_DECIMAL -> decimal(text) == null ? "a number; write a decimal such as \"2.5\"" : null;
      default -> "supported for type " + s.typeName() + "; defaults exist for String, numbers, boolean and enums";
    };
  }

  private static String integral(String text, AttrType.Kind kind) {
    BigDecimal d = decimal(text);
    if (d == null || d.stripTrailingZeros().scale() > 0) {
      return "a whole number; write digits such as \"0\"";
    }
    BigInteger v = d.toBigIntegerExact();
    long min = switch (kind) {
      case BYTE -> Byte.MIN_VALUE;
      case SHORT -> Short.MIN_VALUE;
      case INT -> Integer.MIN_VALUE;
      default -> Long.MIN_VALUE;
    };
    long max = switch (kind) {
      case BYTE -> Byte.MAX_VALUE;
      case SHORT -> Short.MAX_VALUE;
      case INT -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
    boolean fits = kind == AttrType.Kind.BIG_INTEGER
        || v.compareTo(BigInteger.valueOf(min)) >= 0 && v.compareTo(BigInteger.valueOf(max)) <= 0;
    return fits ? null : "within the range of " + kind.name().toLowerCase() + " (" + min + " to " + max + ")";
  }

  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.trim().equals(text) ? text : "x");
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
