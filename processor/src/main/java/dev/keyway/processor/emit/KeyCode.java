package dev.keyway.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.keyway.processor.model.AttrType;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.FieldModel;
import dev.keyway.processor.model.KeyTemplate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Code that renders key templates with {@code KeyCodec}. */
final class KeyCode {
  private final EntityModel entity;
  private final Map<ClassName, String> converters;

  KeyCode(EntityModel entity, Map<ClassName, String> converters) {
    this.entity = entity;
    this.converters = converters;
  }

  /** The fields a template uses, each once, in order. */
  static List<String> fieldNames(KeyTemplate t, int count) {
    Set<String> out = new LinkedHashSet<>();
    int seen = 0;
    for (KeyTemplate.FieldRef r : t.fields()) {
      if (seen++ >= count) {
        break;
      }
      out.add(r.field());
    }
    return new ArrayList<>(out);
  }

  /** The template text with all fields, or (prefix) the parts before the {@code count}-th field. */
  CodeBlock render(KeyTemplate t, int count, boolean sortKey, Function<String, CodeBlock> value) {
    List<CodeBlock> pieces = new ArrayList<>();
    int seen = 0;
    for (KeyTemplate.Part p : t.parts()) {
      if (p instanceof KeyTemplate.FieldRef r) {
        if (seen++ >= count) {
          break;
        }
        FieldModel f = entity.field(r.field()).orElseThrow();
        pieces.add(encode(f, r.width(), sortKey, value.apply(f.name())));
      } else {
        pieces.add(CodeBlock.of("$S", ((KeyTemplate.Literal) p).text()));
      }
    }
    if (pieces.isEmpty()) {
      return CodeBlock.of("$S", "");
    }
    if (pieces.size() == 1) {
      return pieces.get(0);
    }
    // String.concat and StringBuilder, not '+': no invokedynamic string-concat bootstrap on first use.
    if (pieces.size() == 2) {
      return CodeBlock.of("$L.concat($L)", pieces.get(0), pieces.get(1));
    }
    CodeBlock.Builder b = CodeBlock.builder().add("new $T()", StringBuilder.class);
    for (CodeBlock p : pieces) {
      b.add(".append($L)", p);
    }
    return b.add(".toString()").build();
  }

  /** One field's segment; a converter's numbers are padded in sort keys, where their order matters. */
  CodeBlock encode(FieldModel f, Integer width, boolean sortKey, CodeBlock v) {
    String name = f.name();
    AttrType type = f.type();
    if (type instanceof AttrType.EnumType) {
      return CodeBlock.of("$T.enumName($S, $L)", Names.KEY_CODEC, name, v);
    }
    if (type instanceof AttrType.Converted c) {
      return CodeBlock.of("$T.$L($S, $L == null ? null : $L.toAttributeValue($L))", Names.KEY_CODEC,
          sortKey ? "sortableConverted" : "converted", name, v, converters.get(c.converter()), v);
    }
    AttrType.Scalar s = (AttrType.Scalar) type;
    return switch (s.kind()) {
      case STRING -> CodeBlock.of("$T.string($S, $L)", Names.KEY_CODEC, name, v);
      case BYTE, SHORT, INT, LONG -> CodeBlock.of("$T.integral($S, $L, $L)", Names.KEY_CODEC, name, v,
          width != null ? width : defaultWidth(s.kind()));
      case BIG_INTEGER -> width != null
          ? CodeBlock.of("$T.integral($S, $L, $L)", Names.KEY_CODEC, name, v, width)
          : CodeBlock.of("$T.number($S, $L)", Names.KEY_CODEC, name, v);
      case FLOAT, DOUBLE, BIG_DECIMAL -> CodeBlock.of("$T.number($S, $L)", Names.KEY_CODEC, name, v);
      case INSTANT -> CodeBlock.of("$T.instant($S, $L)", Names.KEY_CODEC, name, v);
      case LOCAL_DATE -> CodeBlock.of("$T.date($S, $L)", Names.KEY_CODEC, name, v);
      case LOCAL_DATE_TIME -> CodeBlock.of("$T.dateTime($S, $L)", Names.KEY_CODEC, name, v);
      case UUID -> CodeBlock.of("$T.uuid($S, $L)", Names.KEY_CODEC, name, v);
      default -> throw new IllegalStateException("not a key type: " + s.kind());
    };
  }

  static int defaultWidth(AttrType.Kind kind) {
    return switch (kind) {
      case BYTE -> 3;
      case SHORT -> 5;
      case INT -> 10;
      default -> 19;
    };
  }
}
