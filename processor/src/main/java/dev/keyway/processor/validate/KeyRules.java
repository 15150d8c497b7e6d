package dev.keyway.processor.validate;

import dev.keyway.processor.diag.DidYouMean;
import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.model.AttrType;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.FieldModel;
import dev.keyway.processor.model.IndexKeyModel;
import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.KeyTemplate;
import dev.keyway.processor.model.TableModel;
import java.util.List;
import java.util.Optional;

/** Checks the key templates of an entity: fields, key-compatible types, order, separators, presence. */
public final class KeyRules {
  private final Diagnostics diagnostics;

  public KeyRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public void check(EntityModel e) {
    TableModel t = e.table();
    template(e, e.pk(), false);
    if (t.hasSortKey() && e.sk() == null) {
      diagnostics.report(Msg.SORT_KEY_MISMATCH, e.place(), "Table \"" + t.name() + "\" has sort key \""
          + t.sortKey() + "\", so " + e.className().simpleName() + " needs a sort key template; add sk = \""
          + e.className().simpleName().toUpperCase(java.util.Locale.ROOT) + "\" or sk = \"{someField}\" to @Entity.");
    } else if (!t.hasSortKey() && e.sk() != null) {
      diagnostics.report(Msg.SORT_KEY_MISMATCH, e.sk().place(), "Table \"" + t.name()
          + "\" has no sort key, so sk = \"" + e.sk().raw() + "\" cannot be stored; remove sk or declare sortKey on @Table.");
    } else if (e.sk() != null) {
      template(e, e.sk(), true);
    }
    for (IndexKeyModel ik : e.indexKeys()) {
      if (ik.pk() != null) {
        template(e, ik.pk(), false);
      }
      Optional<IndexModel> index = t.index(ik.index());
      if (ik.sk() != null && index.isPresent() && index.get().sortKey() != null) {
        template(e, ik.sk(), true);
      }
    }
  }

  /** Checks one template; sortKey: whether range conditions apply (order-preserving encodings). */
  void template(EntityModel e, KeyTemplate k, boolean sortKey) {
    if (k == null) {
      return; // syntax error already reported
    }
    if (k.parts().isEmpty()) {
      diagnostics.report(Msg.EMPTY_TEMPLATE, k.place(), e.className().simpleName(), "USER#{id}");
      return;
    }
    List<String> names = e.fields().stream().map(FieldModel::name).toList();
    KeyTemplate.Part previous = null;
    for (KeyTemplate.Part part : k.parts()) {
      if (part instanceof KeyTemplate.FieldRef ref) {
        if (previous instanceof KeyTemplate.FieldRef before) {
          diagnostics.report(Msg.ADJACENT_PLACEHOLDERS, k.place(), k.raw(), before.field(), ref.field(),
              before.field(), ref.field());
        }
        Optional<FieldModel> field = e.field(ref.field());
        if (field.isEmpty()) {
          diagnostics.report(Msg.UNKNOWN_TEMPLATE_FIELD, k.place(), k.raw(), ref.field(),
              DidYouMean.phrase(ref.field(), names), String.join(", ", names));
        } else {
          fieldRef(k, ref, field.get(), sortKey);
        }
      } else if (previous instanceof KeyTemplate.FieldRef before && part instanceof KeyTemplate.Literal lit
          && lit.text().indexOf('#') < 0 && next(k, part) instanceof KeyTemplate.FieldRef after) {
        diagnostics.report(Msg.ADJACENT_PLACEHOLDERS, k.place(), k.raw(), before.field(), after.field(),
            before.field(), after.field());
      }
      previous = part;
    }
  }

  private static KeyTemplate.Part next(KeyTemplate k, KeyTemplate.Part part) {
    int i = k.parts().indexOf(part);
    return i + 1 < k.parts().size() ? k.parts().get(i + 1) : null;
  }

  private void fieldRef(KeyTemplate k, KeyTemplate.FieldRef ref, FieldModel f, boolean sortKey) {
    AttrType type = f.type();
    String typeName = type.typeName().toString();
    if (!keyCompatible(type)) {
      diagnostics.report(Msg.KEY_TYPE_UNSUPPORTED, k.place(), f.name(), typeName, k.raw());
      return;
    }
    AttrType.Kind kind = type instanceof AttrType.Scalar s ? s.kind() : null;
    boolean integral = kind != null && kind.integral();
    if (ref.width() != null) {
      if (!integral) {
        diagnostics.report(Msg.WIDTH_HINT, k.place(), k.raw(), ref.width(), f.name(), typeName,
            "a width applies only to integral numbers (byte, short, int, long, BigInteger); remove ':" + ref.width() + "'");
        return;
      }
      if (ref.width() < 1 || ref.width() > 38) {
        diagnostics.report(Msg.WIDTH_HINT, k.place(), k.raw(), ref.width(), f.name(), typeName,
            "a width must be 1 to 38 digits");
        return;
      }
    }
    if (sortKey && kind != null) {
      if (kind == AttrType.Kind.FLOAT || kind == AttrType.Kind.DOUBLE || kind == AttrType.Kind.BIG_DECIMAL) {
        diagnostics.report(Msg.SORT_KEY_NUMBER_ORDER, k.place(), f.name(), typeName, k.raw(),
            "use an integral type (e.g. cents as long), or a @Converter that writes an order-preserving string");
      } else if (kind == AttrType.Kind.BIG_INTEGER && ref.width() == null) {
        diagnostics.report(Msg.SORT_KEY_NUMBER_ORDER, k.place(), f.name(), typeName, k.raw(),
            "declare a zero-padding width, e.g. {" + f.name() + ":20}");
      }
    }
  }

  static boolean keyCompatible(AttrType type) {
    if (type instanceof AttrType.Scalar s) {
      return s.kind() != AttrType.Kind.BOOLEAN && s.kind() != AttrType.Kind.BYTES;
    }
    return type instanceof AttrType.EnumType || type instanceof AttrType.Converted;
  }
}
