package dev.keyway.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.keyway.processor.model.AttrType;
import dev.keyway.processor.model.Creator;
import dev.keyway.processor.model.FieldModel;
import dev.keyway.processor.model.ReadFallback;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Generates value conversions: Java value -> {@code AttributeValue} and back, through {@code
 * ItemCodec}. Nested records/beans get a private {@code write<Type>}/{@code read<Type>} pair in the
 * generated class.
 */
final class ValueCode {
  static final ClassName MAP = ClassName.get(Map.class);
  static final ClassName LINKED_HASH_MAP = ClassName.get(LinkedHashMap.class);
  static final com.palantir.javapoet.TypeName ITEM =
      ParameterizedTypeName.get(MAP, ClassName.get(String.class), Names.ATTRIBUTE_VALUE);
  /** The type variable of generated sink-generic writers ({@code <V> ... ItemSink<V>}). */
  static final TypeVariableName SINK_VALUE = TypeVariableName.get("V");
  static final com.palantir.javapoet.TypeName SINK_ITEM =
      ParameterizedTypeName.get(MAP, ClassName.get(String.class), SINK_VALUE);

  private final TypeSpec.Builder type;
  private final Map<ClassName, String> converters;
  private final Map<ClassName, String> nestedNames = new LinkedHashMap<>();
  private final Map<String, String> writers = new LinkedHashMap<>();
  private int defaults;

  ValueCode(TypeSpec.Builder type, Map<ClassName, String> converters) {
    this.type = type;
    this.converters = converters;
  }

  /**
   * Statements putting each field of {@code source} into the map {@code target} (a {@code Map<String, V>})
   * through the {@code ItemSink<V>} named {@code sink}; nulls omitted.
   */
  CodeBlock writeFields(List<FieldModel> fields, String source, String target, String sink,
      Function<FieldModel, String> names, Function<FieldModel, Boolean> epochSeconds) {
    CodeBlock.Builder b = CodeBlock.builder();
    CodeBlock w = CodeBlock.of("$L", sink);
    for (FieldModel f : fields) {
      String attr = names.apply(f);
      CodeBlock get = CodeBlock.of("$L.$L", source, f.getter());
      AttrType t = f.type();
      if (t instanceof AttrType.Scalar s && s.primitive()) {
        b.addStatement("$L.put($S, $L)", target, attr, write(t, get, w, epochSeconds.apply(f)));
        continue;
      }
      String local = "v_" + f.name();
      b.addStatement("$T $L = $L", t.typeName(), local, get);
      if (t instanceof AttrType.OptionalType o) {
        b.beginControlFlow("if ($L != null && $L.isPresent())", local, local);
        put(b, target, attr, write(o.element(), CodeBlock.of("$L.get()", local), w, false),
            o.element() instanceof AttrType.SetType, f.name());
      } else {
        b.beginControlFlow("if ($L != null)", local);
        put(b, target, attr, write(t, CodeBlock.of("$L", local), w, epochSeconds.apply(f)),
            t instanceof AttrType.SetType, f.name());
      }
      b.endControlFlow();
    }
    return b.build();
  }

  private static void put(CodeBlock.Builder b, String target, String attr, CodeBlock value, boolean mayBeNull,
      String field) {
    if (mayBeNull) {
      String a = "a_" + field;
      b.addStatement("$T $L = $L", SINK_VALUE, a, value);
      b.beginControlFlow("if ($L != null)", a).addStatement("$L.put($S, $L)", target, attr, a).endControlFlow();
    } else {
      b.addStatement("$L.put($S, $L)", target, attr, value);
    }
  }

  /** An AttributeValue expression (Keyway's model) for non-null {@code v} (null for an empty set). */
  CodeBlock write(AttrType t, CodeBlock v, int depth, boolean epochSeconds) {
    return write(t, v, CodeBlock.of("$T.INSTANCE", Names.ITEM_MODEL_SINK), epochSeconds);
  }

  /**
   * An expression for the value of non-null {@code v} made by sink {@code w} (null for an empty set). No
   * lambdas: collections, optionals and nested types get generic private helper methods.
   */
  CodeBlock write(AttrType t, CodeBlock v, CodeBlock w, boolean epochSeconds) {
    if (t instanceof AttrType.Scalar s) {
      if (epochSeconds) {
        return s.kind() == AttrType.Kind.INSTANT
            ? CodeBlock.of("$L.n($L.getEpochSecond())", w, v)
            : CodeBlock.of("$L.n($L)", w, v);
      }
      return switch (s.kind()) {
        case STRING -> CodeBlock.of("$L.s($L)", w, v);
        case BOOLEAN -> CodeBlock.of("$L.bool($L)", w, v);
        case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, BIG_DECIMAL, BIG_INTEGER -> CodeBlock.of("$L.n($L)", w, v);
        case INSTANT -> CodeBlock.of("$L.s($T.instantText($L))", w, Names.ITEM_CODEC, v);
        case LOCAL_DATE, LOCAL_DATE_TIME, UUID -> CodeBlock.of("$L.s($L.toString())", w, v);
        case BYTES -> CodeBlock.of("$L.bytes($L)", w, v);
      };
    }
    if (t instanceof AttrType.EnumType) {
      return CodeBlock.of("$L.s($L.name())", w, v);
    }
    if (t instanceof AttrType.SetType s) {
      AttrType e = s.element();
      if (e instanceof AttrType.EnumType) {
        return CodeBlock.of("$L.enumSet($L)", w, v);
      }
      AttrType.Kind k = ((AttrType.Scalar) e).kind();
      String method = k == AttrType.Kind.STRING ? "stringSet" : k == AttrType.Kind.BYTES ? "binarySet" : "numberSet";
      return CodeBlock.of("$L.$L($L)", w, method, v);
    }
    if (t instanceof AttrType.Converted conv) {
      return CodeBlock.of("$L.value($L.toAttributeValue($L))", w, converters.get(conv.converter()), v);
    }
    if (t instanceof AttrType.Nested n) {
      return CodeBlock.of("write$L($L, $L)", nested(n), v, w);
    }
    return CodeBlock.of("$L($L, $L)", writer(t), v, w);
  }

  /** A generic helper writing a list, map or optional value through a sink; declared once per type. */
  private String writer(AttrType t) {
    String key = describe(t);
    String existing = writers.get(key);
    if (existing != null) {
      return existing;
    }
    CodeBlock w = CodeBlock.of("w");
    MethodSpec.Builder m;
    if (t instanceof AttrType.ListType l) {
      String name = "writeList$" + writers.size();
      writers.put(key, name);
      m = helper(name, t).addStatement("$T<$T> out = new $T<>(v.size())", List.class, SINK_VALUE, ArrayList.class)
          .beginControlFlow("for ($T x : v)", l.element().typeName().box())
          .addStatement("out.add(x == null ? w.nul() : $L)", write(l.element(), CodeBlock.of("x"), w, false))
          .endControlFlow()
          .addStatement("return w.list(out)");
    } else if (t instanceof AttrType.MapType mt) {
      String name = "writeMap$" + writers.size();
      writers.put(key, name);
      m = helper(name, t).addStatement("$T<$T, $T> out = w.newMap(v.size())", MAP, String.class, SINK_VALUE)
          .beginControlFlow("for ($T.Entry<$T, $T> e : v.entrySet())", MAP, String.class, mt.value().typeName().box())
          .addStatement("$T x = e.getValue()", mt.value().typeName().box())
          .addStatement("out.put(e.getKey(), x == null ? w.nul() : $L)", write(mt.value(), CodeBlock.of("x"), w, false))
          .endControlFlow()
          .addStatement("return w.map(out)");
    } else {
      AttrType.OptionalType o = (AttrType.OptionalType) t;
      String name = "writeOptional$" + writers.size();
      writers.put(key, name);
      m = helper(name, t).addStatement("return v.isPresent() ? $L : w.nul()",
          write(o.element(), CodeBlock.of("v.get()"), w, false));
    }
    type.addMethod(m.build());
    return writers.get(key);
  }

  /** A structural key for a type (records holding nested types may be recursive, so no equals/hashCode). */
  private static String describe(AttrType t) {
    if (t instanceof AttrType.ListType l) {
      return "L(" + describe(l.element()) + ")";
    }
    if (t instanceof AttrType.MapType m) {
      return "M(" + describe(m.value()) + ")";
    }
    if (t instanceof AttrType.OptionalType o) {
      return "O(" + describe(o.element()) + ")";
    }
    if (t instanceof AttrType.SetType s) {
      return "S(" + describe(s.element()) + ")";
    }
    if (t instanceof AttrType.Converted c) {
      return "C(" + c.converter() + "," + c.typeName() + ")";
    }
    if (t instanceof AttrType.Scalar s) {
      return s.kind() + "(" + s.typeName() + ")";
    }
    return t.getClass().getSimpleName() + "(" + t.typeName() + ")";
  }

  private static MethodSpec.Builder helper(String name, AttrType t) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addTypeVariable(SINK_VALUE)
        .returns(SINK_VALUE)
        .addParameter(t.typeName(), "v")
        .addParameter(ParameterizedTypeName.get(Names.ITEM_SINK, SINK_VALUE), "w");
  }

  /** An expression reading AttributeValue {@code av} (possibly null) as type {@code t}. */
  CodeBlock read(AttrType t, CodeBlock av, int depth, boolean epochSeconds) {
    ClassName c = Names.ITEM_CODEC;
    if (t instanceof AttrType.Scalar s) {
      String suffix = s.primitive() ? "Value" : "";
      if (epochSeconds && s.kind() == AttrType.Kind.INSTANT) {
        return CodeBlock.of("$T.toEpochSecondInstant($L)", c, av);
      }
      String method = switch (s.kind()) {
        case STRING -> "toStr";
        case BOOLEAN -> "toBool" + suffix;
        case BYTE -> "toByte" + suffix;
        case SHORT -> "toShort" + suffix;
        case INT -> "toInt" + suffix;
        case LONG -> "toLong" + suffix;
        case FLOAT -> "toFloat" + suffix;
        case DOUBLE -> "toDouble" + suffix;
        case BIG_DECIMAL -> "toBigDecimal";
        case BIG_INTEGER -> "toBigInteger";
        case INSTANT -> "toInstant";
        case LOCAL_DATE -> "toDate";
        case LOCAL_DATE_TIME -> "toDateTime";
        case UUID -> "toUuid";
        case BYTES -> "toBytes";
      };
      return CodeBlock.of("$T.$L($L)", c, method, av);
    }
    if (t instanceof AttrType.OptionalType o) {
      return CodeBlock.of("$T.ofNullable($L)", java.util.Optional.class, read(o.element(), av, depth, false));
    }
    if (t instanceof AttrType.Nested n) {
      return CodeBlock.of("read$L($L)", nested(n), av);
    }
    return CodeBlock.of("$L($L)", reader(t), av);
  }

  /**
   * A private static helper reading an enum, converted value, list, map or set; declared once per type.
   * Plain loops, no lambdas or method references: the first read in a fresh JVM stays cheap.
   */
  private String reader(AttrType t) {
    String key = "read:" + describe(t);
    String existing = writers.get(key);
    if (existing != null) {
      return existing;
    }
    ClassName c = Names.ITEM_CODEC;
    String kind = t instanceof AttrType.EnumType ? "Enum" : t instanceof AttrType.Converted ? "Converted"
        : t instanceof AttrType.ListType ? "List" : t instanceof AttrType.MapType ? "Map" : "Set";
    String name = "read" + kind + "$" + writers.size();
    writers.put(key, name);
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(t.typeName()).addParameter(Names.ATTRIBUTE_VALUE, "av");
    if (t instanceof AttrType.EnumType) {
      m.addStatement("$T s = $T.toStr(av)", String.class, c)
          .addStatement("return s == null ? null : $T.valueOf(s)", t.typeName());
    } else if (t instanceof AttrType.Converted conv) {
      m.addStatement("return $T.isAbsent(av) ? null : $L.fromAttributeValue(av)", c, converters.get(conv.converter()));
    } else if (t instanceof AttrType.MapType mt) {
      m.addStatement("$T<$T, $T> in = $T.toItem(av)", MAP, String.class, Names.ATTRIBUTE_VALUE, c)
          .beginControlFlow("if (in == null)").addStatement("return null").endControlFlow()
          .addStatement("$T<$T, $T> out = new $T<>(in.size() * 2)", MAP, String.class, mt.value().typeName().box(),
              LINKED_HASH_MAP)
          .beginControlFlow("for ($T.Entry<$T, $T> e : in.entrySet())", MAP, String.class, Names.ATTRIBUTE_VALUE)
          .addStatement("out.put(e.getKey(), $L)", read(mt.value(), CodeBlock.of("e.getValue()"), 0, false))
          .endControlFlow().addStatement("return out");
    } else {
      boolean list = t instanceof AttrType.ListType;
      AttrType element = list ? ((AttrType.ListType) t).element() : ((AttrType.SetType) t).element();
      m.addStatement("$T<$T> in = $T.$L(av)", List.class, Names.ATTRIBUTE_VALUE, c, list ? "listValues" : "setValues")
          .beginControlFlow("if (in == null)").addStatement("return null").endControlFlow()
          .addStatement("$T<$T> out = new $T<>($L)", list ? List.class : java.util.Set.class,
              element.typeName().box(), list ? ArrayList.class : java.util.LinkedHashSet.class,
              list ? "in.size()" : "in.size() * 2")
          .beginControlFlow("for ($T x : in)", Names.ATTRIBUTE_VALUE)
          .addStatement("out.add($L)", read(element, CodeBlock.of("x"), 0, false))
          .endControlFlow().addStatement("return out");
    }
    type.addMethod(m.build());
    return name;
  }

  /** Statements that build an instance named {@code result} from the map {@code source}. */
  CodeBlock construct(ClassName typeName, Creator creator, String source, String result,
      Function<FieldModel, String> names, Function<FieldModel, Boolean> epochSeconds) {
    CodeBlock.Builder b = CodeBlock.builder();
    Map<String, FieldModel> byName = new LinkedHashMap<>();
    creator.fields().forEach(f -> byName.put(f.name(), f));
    if (!creator.usesSetters()) {
      List<CodeBlock> args = new ArrayList<>();
      for (String name : creator.constructorFields()) {
        FieldModel f = byName.get(name);
        args.add(read(f.type(), lookup(f, source, names.apply(f)), 0, epochSeconds.apply(f)));
      }
      b.addStatement("$T $L = new $T(\n$>$L$<)", typeName, result, typeName, CodeBlock.join(args, ",\n"));
      return b.build();
    }
    b.addStatement("$T $L = new $T()", typeName, result, typeName);
    for (FieldModel f : creator.fields()) {
      CodeBlock value = read(f.type(), lookup(f, source, names.apply(f)), 0, epochSeconds.apply(f));
      if (f.setter().endsWith(" = ")) {
        b.addStatement("$L.$L$L", result, f.setter(), value);
      } else {
        b.addStatement("$L.$L($L)", result, f.setter(), value);
      }
    }
    return b.build();
  }

  /**
   * The attribute value of field {@code f} in map {@code source}: under {@code attribute}, else its
   * aliases in order, else its {@code @DefaultValue} (a constant declared once in the generated class).
   */
  private CodeBlock lookup(FieldModel f, String source, String attribute) {
    ReadFallback fb = f.fallback();
    CodeBlock found;
    if (fb.aliases().isEmpty()) {
      found = CodeBlock.of("$L.get($S)", source, attribute);
    } else {
      List<CodeBlock> all = new ArrayList<>(List.of(CodeBlock.of("$S", attribute)));
      fb.aliases().forEach(a -> all.add(CodeBlock.of("$S", a)));
      found = CodeBlock.of("$T.first($L, $L)", Names.ITEM_CODEC, source, CodeBlock.join(all, ", "));
    }
    if (fb.defaultValue() == null) {
      return found;
    }
    String constant = "DEFAULT$" + defaults++;
    type.addField(com.palantir.javapoet.FieldSpec.builder(Names.ATTRIBUTE_VALUE, constant, Modifier.PRIVATE,
        Modifier.STATIC, Modifier.FINAL).initializer(defaultValue(f.type(), fb.defaultValue())).build());
    return CodeBlock.of("$T.orDefault($L, $L)", Names.ITEM_CODEC, found, constant);
  }

  /** The stored form of a checked {@code @DefaultValue} text: S for strings and enums, N, or BOOL. */
  private static CodeBlock defaultValue(AttrType t, String text) {
    if (t instanceof AttrType.Scalar s && s.kind() == AttrType.Kind.BOOLEAN) {
      return CodeBlock.of("$T.bool($L)", Names.ATTRIBUTE_VALUE, Boolean.parseBoolean(text));
    }
    if (t instanceof AttrType.Scalar s && s.kind().number()) {
      return CodeBlock.of("$T.n($S)", Names.ATTRIBUTE_VALUE, text);
    }
    return CodeBlock.of("$T.s($S)", Names.ATTRIBUTE_VALUE, text);
  }

  /** Declares write/read helpers for a nested type once; returns the name suffix. */
  private String nested(AttrType.Nested n) {
    String existing = nestedNames.get(n.typeName());
    if (existing != null) {
      return existing;
    }
    String suffix = String.join("_", n.typeName().simpleNames());
    if (nestedNames.containsValue(suffix)) {
      suffix = suffix + nestedNames.size();
    }
    nestedNames.put(n.typeName(), suffix);
    Function<FieldModel, String> names = FieldModel::attributeName;
    Function<FieldModel, Boolean> plain = f -> false;
    type.addMethod(MethodSpec.methodBuilder("write" + suffix)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addTypeVariable(SINK_VALUE)
        .returns(SINK_VALUE)
        .addParameter(n.typeName(), "value")
        .addParameter(ParameterizedTypeName.get(Names.ITEM_SINK, SINK_VALUE), "w")
        .addStatement("$T m = w.newMap($L)", SINK_ITEM, n.creator().fields().size())
        .addCode(writeFields(n.creator().fields(), "value", "m", "w", names, plain))
        .addStatement("return w.map(m)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("read" + suffix)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(n.typeName())
        .addParameter(Names.ATTRIBUTE_VALUE, "av")
        .addStatement("$T m = $T.toItem(av)", ITEM, Names.ITEM_CODEC)
        .beginControlFlow("if (m == null)").addStatement("return null").endControlFlow()
        .addCode(construct(n.typeName(), n.creator(), "m", "result", names, plain))
        .addStatement("return result")
        .build());
    return suffix;
  }
}
