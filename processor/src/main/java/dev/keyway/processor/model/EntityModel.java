package dev.keyway.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * One {@code @Entity}: its table, keys, index keys (templates) and multi-attribute index memberships
 * ({@code attributeKeys}), and fields. {@code sk} is null when absent.
 */
public record EntityModel(
    ClassName className,
    String typeName,
    TableModel table,
    KeyTemplate pk,
    KeyTemplate sk,
    List<IndexKeyModel> indexKeys,
    List<AttributeKeyModel> attributeKeys,
    Creator creator,
    Place place) {

  public List<FieldModel> fields() {
    return creator.fields();
  }

  public Optional<FieldModel> field(String name) {
    return fields().stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The field stored under attribute {@code attribute}, if any. */
  public Optional<FieldModel> fieldStoredAs(String attribute) {
    return fields().stream().filter(f -> storedName(f).equals(attribute)).findFirst();
  }

  /** The attribute a field is stored under: the table's TTL attribute for a {@code @Ttl} field. */
  public String storedName(FieldModel f) {
    return f.ttl() && table.ttlAttribute() != null ? table.ttlAttribute() : f.attributeName();
  }

  public Optional<FieldModel> versionField() {
    return fields().stream().filter(FieldModel::version).findFirst();
  }
}
