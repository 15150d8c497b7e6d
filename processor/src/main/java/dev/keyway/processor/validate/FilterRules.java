package dev.keyway.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.keyway.processor.diag.DidYouMean;
import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.model.AttrType;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.FieldModel;
import dev.keyway.processor.model.PatternModel;
import dev.keyway.processor.model.QueryPlan.FilterPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code @Filter} parameters: each names a non-key field of the entity and has the type its operator
 * compares with (the field's type; the element type for CONTAINS on a list or set).
 */
final class FilterRules {
  private static final Set<String> ORDERED = Set.of("LT", "LE", "GT", "GE");
  private final Diagnostics diagnostics;

  FilterRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The filters of {@code m} on {@code e}; reports each wrong one. {@code keyFields}: the primary key fields. */
  List<FilterPlan> check(PatternModel.Method m, EntityModel e, Set<String> keyFields) {
    List<FilterPlan> out = new ArrayList<>();
    String sig = m.name() + "()";
    String entity = e.className().simpleName();
    for (PatternModel.Param p : m.params()) {
      PatternModel.Filter f = p.filter();
      if (f == null) {
        continue;
      }
      Optional<FieldModel> field = e.field(f.field());
      if (field.isEmpty()) {
        List<String> names = e.fields().stream().map(FieldModel::name).filter(n -> !keyFields.contains(n)).toList();
        diagnostics.report(Msg.FILTER_UNKNOWN_FIELD, placeOf(p), p.name(), sig, entity,
            DidYouMean.phrase(f.field(), names), String.join(", ", names));
        continue;
      }
      if (keyFields.contains(f.field())) {
        diagnostics.report(Msg.FILTER_ON_KEY, placeOf(p), p.name(), sig, f.field(), entity, f.field());
        continue;
      }
      String problem = problem(f.op(), p.type(), field.get().type());
      if (problem != null) {
        diagnostics.report(Msg.FILTER_TYPE, p.place(), p.name(), sig, f.field(), entity, problem);
        continue;
      }
      out.add(new FilterPlan(p.name(), f.field(), f.op(), !p.type().isPrimitive()));
    }
    return out;
  }

  /** Points at the {@code field} value when one is written, else at the parameter. */
  private static dev.keyway.processor.model.Place placeOf(PatternModel.Param p) {
    return p.filter().place().value() != null ? p.filter().place() : p.place();
  }

  /** Why {@code param} cannot be compared with a field of type {@code field} by {@code op}, or null. */
  private static String problem(String op, TypeName param, AttrType field) {
    AttrType t = field instanceof AttrType.OptionalType o ? o.element() : field;
    TypeName fieldType = t.typeName();
    boolean string = t instanceof AttrType.Scalar s && s.kind() == AttrType.Kind.STRING;
    if (op.equals("CONTAINS")) {
      if (t instanceof AttrType.ListType l) {
        return expect(param, l.element().typeName(), "CONTAINS on a list takes one element");
      }
      if (t instanceof AttrType.SetType s) {
        return expect(param, s.element().typeName(), "CONTAINS on a set takes one element");
      }
      if (!string) {
        return "CONTAINS needs a String, List or Set field and the field has type " + fieldType
            + "; use EQ or NE";
      }
    } else if (op.equals("BEGINS_WITH") && !string) {
      return "BEGINS_WITH needs a String field and the field has type " + fieldType + "; use EQ, NE, LT, LE, GT or GE";
    } else if (ORDERED.contains(op) && !ordered(t)) {
      return op + " needs an ordered field (string, number, date/time, enum) and the field has type " + fieldType
          + "; use EQ or NE";
    }
    return expect(param, fieldType, "it has type " + param);
  }

  private static String expect(TypeName param, TypeName wanted, String what) {
    if (PatternRules.sameType(param, wanted)) {
      return null;
    }
    return what.startsWith("it has") ? what + " and the field has type " + wanted + "; declare it as " + wanted
        : what + " (" + wanted + ") and the parameter has type " + param + "; declare it as " + wanted;
  }

  private static boolean ordered(AttrType t) {
    return t instanceof AttrType.EnumType
        || t instanceof AttrType.Scalar s && s.kind() != AttrType.Kind.BOOLEAN;
  }
}
