package dev.keyway.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/** One {@code @Entity}: its table, keys, index keys and fields. {@code sk} is null when absent. */
public record EntityModel(
    ClassName className,
    String typeName,
    TableModel table,
    KeyTemplate pk,
    KeyTemplate sk,
    List<IndexKeyModel> indexKeys,
    Creator creator,
    Place place) {

  public List<FieldModel> fields() {
    return creator.fields();
  }

  public Optional<FieldModel> field(String name) {
    return fields().stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public Optional<FieldModel> versionField() {
    return fields().stream().filter(FieldModel::version).findFirst();
  }
}
