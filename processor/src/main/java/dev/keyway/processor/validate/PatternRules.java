package dev.keyway.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.keyway.processor.diag.DidYouMean;
import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.model.AttributeKeyModel;
import dev.keyway.processor.model.CollectionModel;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.FieldModel;
import dev.keyway.processor.model.IndexKeyModel;
import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.KeyTemplate;
import dev.keyway.processor.model.PatternModel;
import dev.keyway.processor.model.QueryPlan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps each access-pattern method to one key condition (table or index), or reports why none can
 * serve it. Parameters: partition key fields, then a prefix of the sort key fields in template order,
 * then optionally {@code from}/{@code to} (or {@code <field>From}/{@code <field>To}) bounding the next
 * sort key field, then optionally one {@code PageRequest}.
 */
public final class PatternRules {
  private final Diagnostics diagnostics;
  private final FilterRules filterRules;
  private final CollectionPatternRules collectionRules;

  public PatternRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.filterRules = new FilterRules(diagnostics);
    this.collectionRules = new CollectionPatternRules(diagnostics, filterRules);
  }

  /**
   * A key an entity lives under: the table's (index null) or an index's, by templates ({@code pk}, {@code
   * sk}) or, for a multi-attribute key, by the fields stored as its attributes ({@code pk} and {@code sk} null).
   */
  record Candidate(String index, IndexModel model, KeyTemplate pk, KeyTemplate sk, List<String> hashFields,
      List<String> rangeFields) {
    Candidate(String index, IndexModel model, KeyTemplate pk, KeyTemplate sk) {
      this(index, model, pk, sk, null, null);
    }

    String label() {
      return index == null ? "the table key" : "index \"" + index + "\"";
    }

    boolean multiAttribute() {
      return hashFields != null;
    }

    List<String> pkFields() {
      return multiAttribute() ? hashFields : pk.fields().stream().map(KeyTemplate.FieldRef::field).toList();
    }

    /** Whether every given key parameter (and the bounded field, if named) is a field of this key. */
    boolean allNamed(List<String> names, String boundField) {
      List<String> all = new ArrayList<>(pkFields());
      all.addAll(skFields());
      return all.containsAll(names) && (boundField == null || all.contains(boundField));
    }

    List<String> skFields() {
      return multiAttribute() ? rangeFields
          : sk == null ? List.of() : sk.fields().stream().map(KeyTemplate.FieldRef::field).toList();
    }
  }

  /**
   * Plans each method; {@code entities} resolves an entity class name to its model, or null (and
   * {@code isEntity} says whether it is an entity with errors, which is then skipped silently).
   */
  public List<QueryPlan> check(PatternModel model, Function<String, EntityModel> entities,
      Function<String, Boolean> isEntity, Function<ClassName, CollectionModel> collections) {
    List<QueryPlan> plans = new ArrayList<>();
    for (PatternModel.Method m : model.methods()) {
      CollectionModel collection = collections.apply(m.entity());
      if (collection != null) {
        collectionRules.plan(m, collection).ifPresent(plans::add);
        continue;
      }
      if (m.returns() == PatternModel.Returns.GROUPED) {
        diagnostics.report(Msg.PATTERN_RETURN_TYPE, m.place(), m.name() + "()", m.returnType());
        continue;
      }
      EntityModel e = entities.apply(m.entity().canonicalName());
      if (e == null) {
        if (!isEntity.apply(m.entity().canonicalName())) {
          diagnostics.report(Msg.PATTERN_NOT_ENTITY, m.place(), m.name() + "()", m.entity().simpleName());
        }
        continue;
      }
      plan(m, e).ifPresent(plans::add);
    }
    return plans;
  }

  private Optional<QueryPlan> plan(PatternModel.Method m, EntityModel e) {
    int before = diagnostics.errorCount();
    List<PatternModel.Param> keyParams = new ArrayList<>();
    int pageRequests = 0;
    for (PatternModel.Param p : m.params()) {
      if (p.pageRequest()) {
        pageRequests++;
      } else if (p.filter() == null) {
        keyParams.add(p);
      }
    }
    String sig = m.name() + "()";
    if (m.returns() == PatternModel.Returns.PAGE && pageRequests != 1) {
      diagnostics.report(Msg.PATTERN_PAGING, m.place(), "Method " + sig + " returns a Page, so it needs exactly one "
          + "PageRequest parameter (it has " + pageRequests + "); add 'PageRequest page' as the last parameter.");
    } else if (m.returns() != PatternModel.Returns.PAGE && pageRequests > 0) {
      diagnostics.report(Msg.PATTERN_PAGING, m.place(), "Method " + sig + " takes a PageRequest but returns "
          + m.returnType() + ", which reads all pages; return Page<" + e.className().simpleName()
          + "> or remove the PageRequest parameter.");
    }
    // range parameters: from/to (BETWEEN), or one of from (>=), to (<=), after (>), before (<)
    List<PatternModel.Param> bounds = new ArrayList<>();
    for (PatternModel.Param p : keyParams) {
      if (rangeOp(p.name()) != null && !isKeyField(e, p.name())) {
        bounds.add(p);
      }
    }
    PatternModel.Param from = null;
    PatternModel.Param to = null;
    String rangeOp = null;
    String betweenField = null;
    if (bounds.size() == 2 && "GE".equals(rangeOp(bounds.get(0).name())) && "LE".equals(rangeOp(bounds.get(1).name()))
        && boundField(bounds.get(0).name()).equals(boundField(bounds.get(1).name()))) {
      from = bounds.get(0);
      to = bounds.get(1);
      rangeOp = "BETWEEN";
    } else if (bounds.size() == 1) {
      from = bounds.get(0);
      rangeOp = rangeOp(from.name());
    } else if (bounds.size() > 1) {
      diagnostics.report(Msg.PATTERN_RANGE_BOUNDS, bounds.get(1).place(), sig,
          bounds.stream().map(b -> "'" + b.name() + "'").collect(java.util.stream.Collectors.joining(", ")));
      return Optional.empty();
    }
    if (from != null) {
      betweenField = boundField(from.name()).isEmpty() ? null : boundField(from.name());
      keyParams.remove(from);
      if (to != null) {
        keyParams.remove(to);
      }
    }
    List<String> allFields = e.fields().stream().map(FieldModel::name).toList();
    List<Candidate> candidates = candidates(e);
    Set<String> keyFields = new LinkedHashSet<>();
    for (Candidate c : candidates) {
      keyFields.addAll(c.pkFields());
      keyFields.addAll(c.skFields());
    }
    for (PatternModel.Param p : keyParams) {
      Optional<FieldModel> field = e.field(p.name());
      if (field.isEmpty() || !keyFields.contains(p.name())) {
        diagnostics.report(Msg.PATTERN_UNKNOWN_PARAMETER, p.place(), p.name(), sig, e.className().simpleName(),
            DidYouMean.phrase(p.name(), keyFields), String.join(", ", keyFields));
      } else if (!sameType(p.type(), field.get().type().typeName())) {
        typeMismatch(p, sig, e, field.get());
      }
    }
    if (m.project() != null) {
      checkProjectFields(m, e, sig);
    }
    List<QueryPlan.FilterPlan> filters = filterRules.check(m, e, primaryKeyFields(e));
    if (diagnostics.errorCount() != before) {
      return Optional.empty();
    }
    List<String> names = keyParams.stream().map(PatternModel.Param::name).toList();
    List<String> reasons = new ArrayList<>();
    Runnable specific = null;
    for (Candidate c : candidates) {
      List<String> pkFields = c.pkFields();
      List<String> skFields = c.skFields();
      List<String> missing = pkFields.stream().filter(f -> !names.contains(f)).toList();
      if (!missing.isEmpty()) {
        reasons.add(c.label() + " needs " + String.join(", ", missing));
        if (specific == null && c.multiAttribute() && !names.isEmpty() && c.allNamed(names, betweenField)) {
          specific = () -> diagnostics.report(Msg.MAK_PARTITION_EQUALITY, m.place(), sig, c.index(),
              missing.stream().map(f -> fieldAndAttribute(e, f)).collect(java.util.stream.Collectors.joining(", ")),
              String.join(", ", c.model().partitionKeys()),
              (missing.size() == 1 ? "parameter " : "parameters ") + quoted(missing));
        }
        continue;
      }
      List<String> rest = names.stream().filter(n -> !pkFields.contains(n)).toList();
      if (!skFields.containsAll(rest)) {
        List<String> extra = rest.stream().filter(n -> !skFields.contains(n)).toList();
        reasons.add(c.label() + " has no key field " + String.join(", ", extra));
        continue;
      }
      List<String> eq = new ArrayList<>();
      for (String f : skFields) {
        if (rest.contains(f)) {
          eq.add(f);
        } else {
          break;
        }
      }
      if (eq.size() != rest.size()) {
        String given = rest.stream().filter(n -> !eq.contains(n)).findFirst().orElseThrow();
        String gap = skFields.get(eq.size());
        PatternModel.Param at = keyParams.stream().filter(p -> p.name().equals(given)).findFirst().orElseThrow();
        if (c.multiAttribute()) {
          diagnostics.report(Msg.MAK_SORT_GAP, at.place(), sig, fieldAndAttribute(e, given), fieldAndAttribute(e, gap),
              c.index(), String.join(", ", c.model().sortKeys()), gap, given);
        } else {
          diagnostics.report(Msg.PATTERN_SORT_ORDER, at.place(), sig, given, gap, c.sk().raw(), gap, given);
        }
        return Optional.empty();
      }
      String range = null;
      if (from != null) {
        if (eq.size() >= skFields.size()) {
          reasons.add(c.label() + " has no sort key field left for '" + from.name() + "'");
          continue;
        }
        range = skFields.get(eq.size());
        if (betweenField != null && !betweenField.equals(range)) {
          if (c.multiAttribute() && skFields.contains(betweenField)) {
            diagnostics.report(Msg.MAK_RANGE_NOT_LAST, from.place(), sig, fieldAndAttribute(e, betweenField),
                c.index(), String.join(", ", c.model().sortKeys()), fieldAndAttribute(e, range), range, range);
            return Optional.empty();
          }
          reasons.add(c.label() + " can bound '" + range + "' next, not '" + betweenField + "'");
          continue;
        }
        FieldModel rf = e.field(range).orElseThrow();
        if (!sameType(from.type(), rf.type().typeName())
            || to != null && !sameType(to.type(), rf.type().typeName())) {
          typeMismatch(sameType(from.type(), rf.type().typeName()) ? to : from, sig, e, rf);
          return Optional.empty();
        }
      }
      if (c.model() != null && !projectionCovers(m, e, c)) {
        return Optional.empty();
      }
      return Optional.of(new QueryPlan(m, e, c.index(), c.pk(), c.sk(), List.copyOf(eq), range,
          from == null ? List.of() : to == null ? List.of(from.name()) : List.of(from.name(), to.name()),
          rangeOp, filters, null, c.multiAttribute() ? c.model() : null));
    }
    if (specific != null) {
      specific.run();
    } else {
      diagnostics.report(Msg.PATTERN_NO_KEY_CONDITION, m.place(), sig, String.join("; ", reasons));
    }
    return Optional.empty();
  }

  /** {@code 'field'}, or {@code 'field' (attribute 'name')} when {@code @Attribute} stores it under another name. */
  private static String fieldAndAttribute(EntityModel e, String field) {
    String stored = AttributeRules.storedName(e, e.field(field).orElseThrow());
    return stored.equals(field) ? "'" + field + "'" : "'" + field + "' (attribute '" + stored + "')";
  }

  private static String quoted(List<String> names) {
    return names.stream().map(n -> "'" + n + "'").collect(java.util.stream.Collectors.joining(", "));
  }

  private static final String[][] BOUND_WORDS = {{"from", "From", "GE"}, {"to", "To", "LE"},
      {"after", "After", "GT"}, {"before", "Before", "LT"}};

  /** GE, LE, GT or LT for a bound parameter name ({@code from}, {@code dateAfter}, ...), else null. */
  static String rangeOp(String name) {
    for (String[] w : BOUND_WORDS) {
      if (name.equals(w[0]) || name.endsWith(w[1]) && name.length() > w[1].length()) {
        return w[2];
      }
    }
    return null;
  }

  /** The field a bound names ({@code dateAfter} -> {@code date}), or "" for a bare {@code from}. */
  static String boundField(String name) {
    for (String[] w : BOUND_WORDS) {
      if (name.equals(w[0])) {
        return "";
      }
      if (name.endsWith(w[1]) && name.length() > w[1].length()) {
        return name.substring(0, name.length() - w[1].length());
      }
    }
    return "";
  }

  private static boolean isKeyField(EntityModel e, String name) {
    for (Candidate c : candidates(e)) {
      if (c.pkFields().contains(name) || c.skFields().contains(name)) {
        return true;
      }
    }
    return false;
  }

  void typeMismatch(PatternModel.Param p, String sig, EntityModel e, FieldModel f) {
    diagnostics.report(Msg.PATTERN_PARAMETER_TYPE, p.place(), p.name(), sig, p.type(), f.name(),
        e.className().simpleName(), f.type().typeName(), f.type().typeName());
  }

  /** Every {@code @Project} field is a field of the entity, at least one, none twice. */
  private void checkProjectFields(PatternModel.Method m, EntityModel e, String sig) {
    List<String> all = e.fields().stream().map(FieldModel::name).toList();
    String fields = String.join(", ", all);
    if (m.project().isEmpty()) {
      diagnostics.report(Msg.PATTERN_PROJECT_FIELDS, m.projectPlace(), sig, "names no field",
          e.className().simpleName(), fields);
    }
    Set<String> seen = new java.util.HashSet<>();
    for (String f : m.project()) {
      if (!all.contains(f)) {
        String hint = DidYouMean.phrase(f, all);
        diagnostics.report(Msg.PATTERN_PROJECT_FIELDS, m.projectPlace(), sig, "names unknown field '" + f + "'"
            + (hint.isEmpty() ? "" : " (" + hint.trim() + ")"), e.className().simpleName(),
            fields);
      } else if (!seen.add(f)) {
        diagnostics.report(Msg.PATTERN_PROJECT_FIELDS, m.projectPlace(), sig, "names field '" + f + "' twice",
            e.className().simpleName(), fields);
      }
    }
  }

  /**
   * Whether the index projection holds what the method reads: every field of the entity, or the
   * {@code @Project} fields plus the type attribute (the type filter reads it); key attributes are always
   * projected.
   */
  private boolean projectionCovers(PatternModel.Method m, EntityModel e, Candidate c) {
    IndexModel index = c.model();
    if (index.projectionType().equals("ALL")) {
      return true;
    }
    List<String> lacking = new ArrayList<>();
    if (m.project() != null) {
      Set<String> keys = projectedKeys(e, index);
      List<String> needed = new ArrayList<>();
      for (String f : m.project()) {
        needed.add(AttributeRules.storedName(e, e.field(f).orElseThrow()));
      }
      if (e.table().typeAttribute() != null) {
        needed.add(e.table().typeAttribute());
      }
      for (String name : needed) {
        if (!keys.contains(name) && !index.projectedAttributes().contains(name)) {
          lacking.add(name);
        }
      }
      if (lacking.isEmpty()) {
        return true;
      }
      diagnostics.report(Msg.PATTERN_PROJECTION, m.place(), m.name() + "()", index.name(), index.projectionType(),
          "its @Project", String.join(", ", lacking));
      return false;
    }
    Set<String> keys = projectedKeys(e, index);
    for (FieldModel f : e.fields()) {
      String name = AttributeRules.storedName(e, f);
      if (!keys.contains(name) && !index.projectedAttributes().contains(name)) {
        lacking.add(name);
      }
    }
    if (e.table().typeAttribute() != null && !index.projectedAttributes().contains(e.table().typeAttribute())) {
      lacking.add(e.table().typeAttribute());   // the type filter reads it
    }
    if (lacking.isEmpty()) {
      return true;
    }
    diagnostics.report(Msg.PATTERN_PROJECTION, m.place(), m.name() + "()", index.name(), index.projectionType(),
        e.className().simpleName(), String.join(", ", lacking));
    return false;
  }

  /** Attributes every index holds: the table's key and the index's key (all attributes of a multi-attribute key). */
  private static Set<String> projectedKeys(EntityModel e, IndexModel index) {
    Set<String> keys = new java.util.HashSet<>(java.util.Arrays.asList(e.table().partitionKey(),
        e.table().sortKey(), index.partitionKey(), index.sortKey()));
    keys.addAll(index.keyAttributes());
    return keys;
  }

  /** Fields of the table's key templates: a filter on them belongs in the key condition. */
  static Set<String> primaryKeyFields(EntityModel e) {
    Set<String> out = new LinkedHashSet<>();
    e.pk().fields().forEach(f -> out.add(f.field()));
    if (e.sk() != null) {
      e.sk().fields().forEach(f -> out.add(f.field()));
    }
    return out;
  }

  private static List<Candidate> candidates(EntityModel e) {
    List<Candidate> out = new ArrayList<>();
    out.add(new Candidate(null, null, e.pk(), e.sk()));
    for (IndexKeyModel ik : e.indexKeys()) {
      IndexModel index = e.table().index(ik.index()).orElseThrow();
      out.add(new Candidate(ik.index(), index, ik.pk() != null ? ik.pk() : e.pk(), ik.sk()));
    }
    for (AttributeKeyModel k : e.attributeKeys()) {
      IndexModel index = e.table().index(k.index()).orElseThrow();
      out.add(new Candidate(k.index(), index, null, null, fieldsStoredAs(e, index.partitionKeys()),
          fieldsStoredAs(e, index.sortKeys())));
    }
    return out;
  }

  private static List<String> fieldsStoredAs(EntityModel e, List<String> attributes) {
    return attributes.stream().map(a -> e.fieldStoredAs(a).orElseThrow().name()).toList();
  }

  static boolean sameType(TypeName a, TypeName b) {
    return a.box().equals(b.box());
  }
}
