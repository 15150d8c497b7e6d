package dev.keyway.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keyway.processor.model.AttrType;
import dev.keyway.processor.model.FieldModel;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** One static instance per converter class used by an entity (and its nested types). */
final class Converters {
  private Converters() {}

  static Map<ClassName, String> declare(List<FieldModel> fields, boolean nested, TypeSpec.Builder type) {
    Map<ClassName, String> out = new LinkedHashMap<>();
    collect(fields, nested, out, new HashSet<>());
    out.forEach((conv, name) -> type.addField(FieldSpec.builder(conv, name, Modifier.PRIVATE, Modifier.STATIC,
        Modifier.FINAL).initializer("new $T()", conv).build()));
    return out;
  }

  private static void collect(List<FieldModel> fields, boolean nested, Map<ClassName, String> out, Set<ClassName> seen) {
    for (FieldModel f : fields) {
      collect(f.type(), nested, out, seen);
    }
  }

  private static void collect(AttrType t, boolean nested, Map<ClassName, String> out, Set<ClassName> seen) {
    if (t instanceof AttrType.Converted c) {
      out.putIfAbsent(c.converter(), "CONVERTER_" + out.size());
    } else if (!nested) {
      return;
    } else if (t instanceof AttrType.ListType l) {
      collect(l.element(), true, out, seen);
    } else if (t instanceof AttrType.SetType s) {
      collect(s.element(), true, out, seen);
    } else if (t instanceof AttrType.MapType m) {
      collect(m.value(), true, out, seen);
    } else if (t instanceof AttrType.OptionalType o) {
      collect(o.element(), true, out, seen);
    } else if (t instanceof AttrType.Nested n && seen.add(n.typeName())) {
      collect(n.creator().fields(), true, out, seen);
    }
  }
}
