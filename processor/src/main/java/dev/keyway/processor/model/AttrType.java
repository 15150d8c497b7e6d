package dev.keyway.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/** The Java type of an attribute, as far as mapping cares. */
public sealed interface AttrType {
  TypeName typeName();

  /** Scalar kinds Keyway maps natively. */
  enum Kind {
    STRING, BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, BIG_DECIMAL, BIG_INTEGER,
    INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, UUID, BYTES;

    public boolean integral() {
      return this == BYTE || this == SHORT || this == INT || this == LONG || this == BIG_INTEGER;
    }

    public boolean number() {
      return integral() || this == FLOAT || this == DOUBLE || this == BIG_DECIMAL;
    }
  }

  record Scalar(Kind kind, TypeName typeName) implements AttrType {
    public boolean primitive() {
      return typeName.isPrimitive();
    }
  }

  record EnumType(ClassName typeName) implements AttrType {}

  record ListType(AttrType element, TypeName typeName) implements AttrType {
    public ListType(AttrType element) {
      this(element, ParameterizedTypeName.get(ClassName.get(List.class), element.typeName().box()));
    }
  }

  record SetType(AttrType element, TypeName typeName) implements AttrType {
    public SetType(AttrType element) {
      this(element, ParameterizedTypeName.get(ClassName.get(java.util.Set.class), element.typeName().box()));
    }
  }

  record MapType(AttrType value, TypeName typeName) implements AttrType {
    public MapType(AttrType value) {
      this(value, ParameterizedTypeName.get(
          ClassName.get(java.util.Map.class), ClassName.get(String.class), value.typeName().box()));
    }
  }

  record OptionalType(AttrType element, TypeName typeName) implements AttrType {
    public OptionalType(AttrType element) {
      this(element, ParameterizedTypeName.get(ClassName.get(java.util.Optional.class), element.typeName().box()));
    }
  }

  /** A record or bean stored as a map; its fields are resolved lazily to allow recursion. */
  record Nested(ClassName typeName, Creator creator) implements AttrType {}

  /** A type stored through a user converter. */
  record Converted(TypeName typeName, ClassName converter) implements AttrType {}
}
