package dev.keyway.processor;

import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.emit.Emitters;
import dev.keyway.processor.extract.Annotations;
import dev.keyway.processor.extract.CollectionExtractor;
import dev.keyway.processor.extract.EntityExtractor;
import dev.keyway.processor.extract.PatternExtractor;
import dev.keyway.processor.extract.TableExtractor;
import dev.keyway.processor.model.CollectionModel;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.PatternModel;
import dev.keyway.processor.model.QueryPlan;
import dev.keyway.processor.model.TableModel;
import dev.keyway.processor.validate.AttributeKeyRules;
import dev.keyway.processor.validate.AttributeRules;
import dev.keyway.processor.validate.CollectionRules;
import dev.keyway.processor.validate.CollisionRules;
import dev.keyway.processor.validate.IndexRules;
import dev.keyway.processor.validate.KeyRules;
import dev.keyway.processor.validate.MixedPartitionRules;
import dev.keyway.processor.validate.PatternRules;
import dev.keyway.processor.validate.TableRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * The staged pipeline and what it has seen so far: tables (valid or not), valid entities, plans. Each
 * unit is extracted, then validated; it is emitted only when no error was reported for it.
 */
final class Pipeline {
  private final Diagnostics diagnostics;
  private final TableExtractor tableExtractor;
  private final EntityExtractor entityExtractor;
  private final PatternExtractor patternExtractor;
  private final TableRules tableRules;
  private final KeyRules keyRules;
  private final IndexRules indexRules;
  private final AttributeKeyRules attributeKeyRules;
  private final AttributeRules attributeRules;
  private final CollisionRules collisionRules;
  private final PatternRules patternRules;
  private final CollectionExtractor collectionExtractor = new CollectionExtractor();
  private final CollectionRules collectionRules;
  private final MixedPartitionRules mixedPartitionRules;
  private final Emitters emitters;

  private final Map<String, TableModel> tables = new LinkedHashMap<>();
  private final Set<String> badTables = new HashSet<>();
  private final Map<String, EntityModel> entities = new LinkedHashMap<>();
  private final Set<String> badEntities = new HashSet<>();
  private final List<QueryPlan> plans = new ArrayList<>();
  /** Valid collections by the sealed interface's name and by the generated record's name. */
  private final Map<com.palantir.javapoet.ClassName, CollectionModel> collections = new LinkedHashMap<>();
  private final Set<String> emittedTables = new HashSet<>();

  Pipeline(ProcessingEnvironment env, Diagnostics diagnostics, TableExtractor tableExtractor,
      EntityExtractor entityExtractor, PatternExtractor patternExtractor) {
    this.diagnostics = diagnostics;
    this.tableExtractor = tableExtractor;
    this.entityExtractor = entityExtractor;
    this.patternExtractor = patternExtractor;
    this.tableRules = new TableRules(diagnostics);
    this.keyRules = new KeyRules(diagnostics);
    this.indexRules = new IndexRules(diagnostics);
    this.attributeKeyRules = new AttributeKeyRules(diagnostics);
    this.attributeRules = new AttributeRules(diagnostics);
    this.collisionRules = new CollisionRules(diagnostics);
    this.patternRules = new PatternRules(diagnostics);
    this.collectionRules = new CollectionRules(diagnostics);
    this.mixedPartitionRules = new MixedPartitionRules(diagnostics);
    this.emitters = new Emitters(env.getFiler(), !"false".equals(env.getOptions().get(KeywayProcessor.EXPORTS)));
  }

  /** Extracts and checks a table once; null when the type has no {@code @Table}. */
  TableModel table(TypeElement element) {
    String name = element.getQualifiedName().toString();
    if (tables.containsKey(name)) {
      return tables.get(name);
    }
    if (!Annotations.has(element, TableExtractor.TABLE)) {
      return null;
    }
    int before = diagnostics.errorCount();
    TableModel table = tableExtractor.extract(element);
    tableRules.check(table);
    tableRules.checkUnique(table, tables.values());
    tables.put(name, table);
    if (diagnostics.errorCount() != before) {
      badTables.add(name);
    }
    return table;
  }

  void entity(TypeElement element) {
    String name = element.getQualifiedName().toString();
    int before = diagnostics.errorCount();
    EntityModel e = entityExtractor.extract(element, this::table);
    if (e != null) {
      keyRules.check(e);
      indexRules.check(e);
      attributeKeyRules.check(e, List.copyOf(entities.values()));
      attributeRules.check(e);
      collisionRules.check(e, List.copyOf(entities.values()));
    }
    if (e == null || diagnostics.errorCount() != before || badTables.contains(e.table().className().canonicalName())) {
      badEntities.add(name);
      return;
    }
    entities.put(name, e);
    emitters.entity(e);
  }

  /** Checks an {@code @ItemCollection} against the entities seen so far and emits its grouped record. */
  void collection(TypeElement element) {
    collectionRules.check(collectionExtractor.extract(element), entities::get, badEntities::contains)
        .ifPresent(c -> {
          collections.put(c.className(), c);
          collections.put(c.groupedName(), c);
          emitters.collection(c);
        });
  }

  void patterns(TypeElement element) {
    PatternModel model = patternExtractor.extract(element);
    if (model == null) {
      return;
    }
    int before = diagnostics.errorCount();
    List<QueryPlan> planned = patternRules.check(model, entities::get, badEntities::contains, collections::get);
    if (diagnostics.errorCount() == before) {
      mixedPartitionRules.check(planned, entities.values());
    }
    if (diagnostics.errorCount() == before) {
      plans.addAll(planned);
      emitters.patterns(model, planned);
    }
  }

  /** Emits each valid table's facade and resources once all its entities are known. */
  void tables() {
    for (Map.Entry<String, TableModel> t : tables.entrySet()) {
      if (badTables.contains(t.getKey()) || !emittedTables.add(t.getKey())) {
        continue;
      }
      List<EntityModel> members = entities.values().stream()
          .filter(e -> e.table().className().canonicalName().equals(t.getKey())).toList();
      List<QueryPlan> tablePlans = plans.stream()
          .filter(p -> p.entity().table().className().canonicalName().equals(t.getKey())).toList();
      attributeKeyRules.warnUnused(t.getValue(), members);
      emitters.table(t.getValue(), members, tablePlans);
    }
  }
}
