package dev.keyway.processor.extract;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.model.AttrType;
import dev.keyway.processor.model.Creator;
import dev.keyway.processor.model.Place;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Java types -> {@link AttrType}; reports KW-ATTR-001 for what Keyway cannot store. */
public final class TypeExtractor {
  private static final Map<String, AttrType.Kind> SCALARS = Map.ofEntries(
      Map.entry("java.lang.String", AttrType.Kind.STRING),
      Map.entry("java.lang.Boolean", AttrType.Kind.BOOLEAN),
      Map.entry("java.lang.Byte", AttrType.Kind.BYTE),
      Map.entry("java.lang.Short", AttrType.Kind.SHORT),
      Map.entry("java.lang.Integer", AttrType.Kind.INT),
      Map.entry("java.lang.Long", AttrType.Kind.LONG),
      Map.entry("java.lang.Float", AttrType.Kind.FLOAT),
      Map.entry("java.lang.Double", AttrType.Kind.DOUBLE),
      Map.entry("java.math.BigDecimal", AttrType.Kind.BIG_DECIMAL),
      Map.entry("java.math.BigInteger", AttrType.Kind.BIG_INTEGER),
      Map.entry("java.time.Instant", AttrType.Kind.INSTANT),
      Map.entry("java.time.LocalDate", AttrType.Kind.LOCAL_DATE),
      Map.entry("java.time.LocalDateTime", AttrType.Kind.LOCAL_DATE_TIME),
      Map.entry("java.util.UUID", AttrType.Kind.UUID));

  private final Diagnostics diagnostics;
  private BeanExtractor beans;
  private final Set<String> inProgress = new HashSet<>();

  public TypeExtractor(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void beans(BeanExtractor beans) {
    this.beans = beans;
  }

  /** The attribute type of a field, or null after reporting why it is unsupported. */
  public AttrType resolve(TypeMirror type, String field, Place place) {
    String why = whyUnsupported(type);
    AttrType result = why == null ? map(type, field, place) : null;
    if (why != null) {
      diagnostics.report(Msg.UNSUPPORTED_TYPE, place, field, type, why);
    }
    return result;
  }

  /** Null when the type can be mapped at the top level; otherwise a reason like " (map keys must be String)". */
  private String whyUnsupported(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      throw new DeferralException(type.toString());
    }
    if (type.getKind().isPrimitive()) {
      return type.getKind() == TypeKind.CHAR ? " (char has no DynamoDB type; use String)" : null;
    }
    if (type instanceof ArrayType array) {
      return array.getComponentType().getKind() == TypeKind.BYTE ? null : " (only byte[] arrays are stored; use List)";
    }
    if (!(type instanceof DeclaredType declared)) {
      return " (type variables and wildcards have no stored form)";
    }
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> args = declared.getTypeArguments();
    if (SCALARS.containsKey(name) || element.getKind() == ElementKind.ENUM) {
      return null;
    }
    switch (name) {
      case "java.util.List", "java.util.Optional" -> {
        return args.size() == 1 ? whyUnsupported(args.get(0)) : " (raw type)";
      }
      case "java.util.Set" -> {
        if (args.size() != 1) {
          return " (raw type)";
        }
        String inner = whyUnsupported(args.get(0));
        if (inner != null) {
          return inner;
        }
        TypeMirror e = args.get(0);
        boolean ok = e instanceof ArrayType
            || (e instanceof DeclaredType d && (((TypeElement) d.asElement()).getKind() == ElementKind.ENUM
                || isSetScalar(((TypeElement) d.asElement()).getQualifiedName().toString())));
        return ok ? null : " (set elements must be strings, numbers, enums or byte[])";
      }
      case "java.util.Map" -> {
        if (args.size() != 2) {
          return " (raw type)";
        }
        if (!args.get(0).toString().equals("java.lang.String")) {
          return " (map keys must be String)";
        }
        return whyUnsupported(args.get(1));
      }
      default -> {
        if (name.startsWith("java.") || name.startsWith("javax.")) {
          return " (a JDK type without a DynamoDB mapping)";
        }
        if (element.getKind() != ElementKind.RECORD && element.getKind() != ElementKind.CLASS) {
          return " (" + element.getKind().toString().toLowerCase(java.util.Locale.ROOT) + "s have no stored form)";
        }
        if (!declared.getTypeArguments().isEmpty()) {
          return " (generic nested types are not mapped)";
        }
        if (inProgress.contains(name)) {
          return " (it contains itself; recursive types are not mapped)";
        }
        return null;
      }
    }
  }

  private static boolean isSetScalar(String name) {
    AttrType.Kind kind = SCALARS.get(name);
    return kind != null && (kind == AttrType.Kind.STRING || kind.number());
  }

  private AttrType map(TypeMirror type, String field, Place place) {
    if (type.getKind().isPrimitive()) {
      return new AttrType.Scalar(primitive(type.getKind()), TypeName.get(type));
    }
    if (type instanceof ArrayType) {
      return new AttrType.Scalar(AttrType.Kind.BYTES, TypeName.get(type));
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    AttrType.Kind kind = SCALARS.get(name);
    if (kind != null) {
      return new AttrType.Scalar(kind, ClassName.get(element));
    }
    if (element.getKind() == ElementKind.ENUM) {
      return new AttrType.EnumType(ClassName.get(element));
    }
    List<? extends TypeMirror> args = declared.getTypeArguments();
    switch (name) {
      case "java.util.List" -> {
        AttrType inner = map(args.get(0), field, place);
        return inner == null ? null : new AttrType.ListType(inner);
      }
      case "java.util.Optional" -> {
        AttrType inner = map(args.get(0), field, place);
        return inner == null ? null : new AttrType.OptionalType(inner);
      }
      case "java.util.Set" -> {
        AttrType inner = map(args.get(0), field, place);
        return inner == null ? null : new AttrType.SetType(inner);
      }
      case "java.util.Map" -> {
        AttrType inner = map(args.get(1), field, place);
        return inner == null ? null : new AttrType.MapType(inner);
      }
      default -> {
        inProgress.add(name);
        try {
          Creator creator = beans.creator(element, place);
          return creator == null ? null : new AttrType.Nested(ClassName.get(element), creator);
        } finally {
          inProgress.remove(name);
        }
      }
    }
  }

  private static AttrType.Kind primitive(TypeKind kind) {
    return switch (kind) {
      case BOOLEAN -> AttrType.Kind.BOOLEAN;
      case BYTE -> AttrType.Kind.BYTE;
      case SHORT -> AttrType.Kind.SHORT;
      case INT -> AttrType.Kind.INT;
      case LONG -> AttrType.Kind.LONG;
      case FLOAT -> AttrType.Kind.FLOAT;
      case DOUBLE -> AttrType.Kind.DOUBLE;
      default -> throw new IllegalArgumentException(kind.toString());
    };
  }
}
