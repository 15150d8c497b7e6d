package dev.keyway.processor.emit;

import com.palantir.javapoet.JavaFile;
import dev.keyway.processor.model.CollectionModel;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.PatternModel;
import dev.keyway.processor.model.QueryPlan;
import dev.keyway.processor.model.TableModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import javax.annotation.processing.Filer;

/** Runs every emitter for a valid model and writes the files. */
public final class Emitters {
  private final Filer filer;
  private final boolean exports;

  /** {@code exports}: whether to write the infrastructure files beside each table's definition. */
  public Emitters(Filer filer, boolean exports) {
    this.filer = filer;
    this.exports = exports;
  }

  public void entity(EntityModel e) {
    write(e.className().packageName(), new KeysEmitter(e).emit());
    write(e.className().packageName(), new KeysEmitter(e).typedKey());
    write(e.className().packageName(), new SchemaEmitter(e).emit());
    write(e.className().packageName(), new FieldsEmitter(e).emit());
    write(e.className().packageName(), new UpdateEmitter(e).emit());
    write(e.className().packageName(), new RepositoryEmitter(e).emit());
  }

  public void collection(CollectionModel c) {
    write(c.className().packageName(), new CollectionEmitter(c).emit());
  }

  public void patterns(PatternModel model, List<QueryPlan> plans) {
    write(model.className().packageName(), new PatternEmitter(model, plans).emit());
  }

  /**
   * The facade and the resources of a table. Entities and patterns reach the processor in an order that depends on
   * the build tool and on rounds; their names do not, so everything is written in model order: entities by
   * qualified name, patterns by interface name and then in declaration order.
   */
  public void table(TableModel table, List<EntityModel> entities, List<QueryPlan> plans) {
    List<EntityModel> sortedEntities = entities.stream()
        .sorted(Comparator.comparing(e -> e.className().canonicalName())).toList();
    List<QueryPlan> sortedPlans = plans.stream()
        .sorted(Comparator.comparing(p -> p.method().owner().canonicalName())).toList();
    write(table.className().packageName(), new FacadeEmitter(table, sortedEntities, sortedPlans).emit());
    new TableResourceEmitter(filer, exports).emit(table, sortedEntities, sortedPlans);
  }

  private void write(String pkg, com.palantir.javapoet.TypeSpec type) {
    try {
      JavaFile.builder(pkg, type).skipJavaLangImports(true).indent("  ").build().writeTo(filer);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
