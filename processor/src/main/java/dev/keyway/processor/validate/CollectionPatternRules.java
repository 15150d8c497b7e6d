package dev.keyway.processor.validate;

import com.palantir.javapoet.ClassName;
import dev.keyway.processor.diag.DidYouMean;
import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.model.CollectionModel;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.FieldModel;
import dev.keyway.processor.model.KeyTemplate;
import dev.keyway.processor.model.PatternModel;
import dev.keyway.processor.model.QueryPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans an access pattern that reads a collection: {@code Page}, {@code List} or {@code Stream} of the
 * sealed interface, or its generated {@code <Name>Collection} record; parameters are the partition key
 * fields, optionally a range of raw sort keys ({@code from} and {@code to}, or one of {@code from},
 * {@code to}, {@code after}, {@code before}, each a String), {@code @Filter} parameters on fields every
 * member has, and the PageRequest of a Page.
 */
final class CollectionPatternRules {
  private static final List<String> BOUNDS = List.of("from", "to", "after", "before");
  private final Diagnostics diagnostics;
  private final FilterRules filterRules;

  CollectionPatternRules(Diagnostics diagnostics, FilterRules filterRules) {
    this.diagnostics = diagnostics;
    this.filterRules = filterRules;
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
    List<PatternModel.Param> bounds = new ArrayList<>();
    for (PatternModel.Param p : m.params()) {
      if (p.pageRequest() || p.filter() != null) {
        continue;
      }
      if (BOUNDS.contains(p.name()) && !pkFields.contains(p.name())) {
        bounds.add(p);
        continue;
      }
      if (!pkFields.contains(p.name())) {
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
    String rangeOp = rangeOp(m, c, bounds, sig);
    List<QueryPlan.FilterPlan> filters = filters(m, c);
    if (diagnostics.errorCount() != before) {
      return Optional.empty();
    }
    return Optional.of(new QueryPlan(m, first, c.index(), c.pk(), null, List.of(), null,
        bounds.stream().map(PatternModel.Param::name).toList(), rangeOp, filters, c, null));
  }

  /** BETWEEN for from + to, else GE, LE, GT or LT for one bound; null without bounds. Reports misuse. */
  private String rangeOp(PatternModel.Method m, CollectionModel c, List<PatternModel.Param> bounds, String sig) {
    if (bounds.isEmpty()) {
      return null;
    }
    String sortKey = sortKeyAttribute(c);
    if (sortKey == null) {
      diagnostics.report(Msg.PATTERN_NO_KEY_CONDITION, bounds.get(0).place(), sig, "collection "
          + c.className().simpleName() + " is read from index \"" + c.index() + "\", which has no sort key to bound"
          + " with '" + bounds.get(0).name() + "'");
      return null;
    }
    for (PatternModel.Param b : bounds) {
      if (!PatternRules.sameType(b.type(), ClassName.get(String.class))) {
        diagnostics.report(Msg.PATTERN_PARAMETER_TYPE, b.place(), b.name(), sig, b.type(), sortKey,
            c.className().simpleName(), "String", "String");
        return null;
      }
    }
    List<String> names = bounds.stream().map(PatternModel.Param::name).toList();
    if (names.equals(List.of("from", "to"))) {
      return "BETWEEN";
    }
    if (names.size() > 1) {
      diagnostics.report(Msg.PATTERN_RANGE_BOUNDS, bounds.get(1).place(), sig,
          names.stream().map(n -> "'" + n + "'").collect(java.util.stream.Collectors.joining(", ")));
      return null;
    }
    return PatternRules.rangeOp(names.get(0));
  }

  /**
   * The {@code @Filter} parameters, checked against every member: each must have the field, with a type
   * the parameter fits, stored under one attribute name (the filter is one expression for all items).
   */
  private List<QueryPlan.FilterPlan> filters(PatternModel.Method m, CollectionModel c) {
    List<QueryPlan.FilterPlan> plans = List.of();
    for (CollectionModel.Member member : c.members()) {
      int before = diagnostics.errorCount();
      List<QueryPlan.FilterPlan> checked = filterRules.check(m, member.entity(),
          PatternRules.primaryKeyFields(member.entity()));
      if (diagnostics.errorCount() != before) {
        return List.of();
      }
      plans = checked;
    }
    EntityModel first = c.members().get(0).entity();
    for (QueryPlan.FilterPlan f : plans) {
      String stored = AttributeRules.storedName(first, first.field(f.field()).orElseThrow());
      for (CollectionModel.Member member : c.members()) {
        EntityModel e = member.entity();
        String other = AttributeRules.storedName(e, e.field(f.field()).orElseThrow());
        if (!other.equals(stored)) {
          PatternModel.Param p = m.params().stream().filter(x -> x.name().equals(f.param())).findFirst().orElseThrow();
          diagnostics.report(Msg.FILTER_TYPE, p.place(), p.name(), m.name() + "()", f.field(),
              e.className().simpleName(), "it is stored as '" + other + "' there but as '" + stored + "' in "
                  + first.className().simpleName() + ", and one filter serves every member; store it under one name");
          return List.of();
        }
      }
    }
    return plans;
  }

  /** The sort key attribute of the collection's key, or null when its index has none. */
  private static String sortKeyAttribute(CollectionModel c) {
    EntityModel first = c.members().get(0).entity();
    if (c.index() == null) {
      return first.table().sortKey();
    }
    return first.table().index(c.index()).map(i -> i.sortKey()).orElse(null);
  }
}
