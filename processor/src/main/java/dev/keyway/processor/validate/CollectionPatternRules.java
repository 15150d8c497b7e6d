package dev.keyway.processor.validate;

import dev.keyway.processor.diag.DidYouMean;
import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.model.CollectionModel;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.FieldModel;
import dev.keyway.processor.model.KeyTemplate;
import dev.keyway.processor.model.PatternModel;
import dev.keyway.processor.model.QueryPlan;
import java.util.List;
import java.util.Optional;

/**
 * Plans an access pattern that reads a collection: {@code Page}, {@code List} or {@code Stream} of the
 * sealed interface, or its generated {@code <Name>Collection} record; parameters are exactly the
 * partition key fields (and the PageRequest of a Page).
 */
final class CollectionPatternRules {
  private final Diagnostics diagnostics;

  CollectionPatternRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  Optional<QueryPlan> plan(PatternModel.Method m, CollectionModel c) {
    String sig = m.name() + "()";
    boolean grouped = m.entity().equals(c.groupedName());
    boolean shapeOk = grouped ? m.returns() == PatternModel.Returns.GROUPED
        : m.returns() == PatternModel.Returns.PAGE || m.returns() == PatternModel.Returns.LIST
            || m.returns() == PatternModel.Returns.STREAM;
    if (!shapeOk || m.project() != null) {
      diagnostics.report(Msg.PATTERN_RETURN_TYPE, m.place(), sig, m.returnType());
      return Optional.empty();
    }
    int before = diagnostics.errorCount();
    long pageRequests = m.params().stream().filter(PatternModel.Param::pageRequest).count();
    if (m.returns() == PatternModel.Returns.PAGE && pageRequests != 1) {
      diagnostics.report(Msg.PATTERN_PAGING, m.place(), "Method " + sig + " returns a Page, so it needs exactly one "
          + "PageRequest parameter (it has " + pageRequests + "); add 'PageRequest page' as the last parameter.");
    } else if (m.returns() != PatternModel.Returns.PAGE && pageRequests > 0) {
      diagnostics.report(Msg.PATTERN_PAGING, m.place(), "Method " + sig + " takes a PageRequest but returns "
          + m.returnType() + ", which reads all pages; return Page<" + c.className().simpleName()
          + "> or remove the PageRequest parameter.");
    }
    EntityModel first = c.members().get(0).entity();
    List<String> pkFields = c.pk().fields().stream().map(KeyTemplate.FieldRef::field).toList();
    List<String> given = m.params().stream().filter(p -> !p.pageRequest()).map(PatternModel.Param::name).toList();
    for (PatternModel.Param p : m.params()) {
      if (p.pageRequest()) {
        continue;
      }
      if (p.filter() != null || !pkFields.contains(p.name())) {
        diagnostics.report(Msg.COLLECTION_PARAMETER, p.place(), p.name(), sig, c.className().simpleName(),
            c.pk().raw(), DidYouMean.phrase(p.name(), pkFields), String.join(", ", pkFields));
        continue;
      }
      FieldModel f = first.field(p.name()).orElseThrow();
      if (!PatternRules.sameType(p.type(), f.type().typeName())) {
        diagnostics.report(Msg.PATTERN_PARAMETER_TYPE, p.place(), p.name(), sig, p.type(), f.name(),
            first.className().simpleName(), f.type().typeName(), f.type().typeName());
      }
    }
    List<String> missing = pkFields.stream().filter(f -> !given.contains(f)).toList();
    if (!missing.isEmpty() && diagnostics.errorCount() == before) {
      diagnostics.report(Msg.PATTERN_NO_KEY_CONDITION, m.place(), sig, "collection " + c.className().simpleName()
          + " is read by its partition key \"" + c.pk().raw() + "\", which needs " + String.join(", ", missing));
    }
    if (diagnostics.errorCount() != before) {
      return Optional.empty();
    }
    return Optional.of(new QueryPlan(m, first, c.index(), c.pk(), null, List.of(), null, List.of(), null, List.of(),
        c));
  }
}
