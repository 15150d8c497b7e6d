package dev.keyway.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * An {@code @ItemCollection}: a sealed interface over member entities sharing one partition key, on the table
 * ({@code index} null) or on an index. {@code pk} is the shared template; {@code members} are checked.
 */
public record CollectionModel(ClassName className, String index, KeyTemplate pk, List<Member> members, Place place) {

  /** A member entity and its sort key on the collection's key (null when it has none). */
  public record Member(EntityModel entity, KeyTemplate sk) {
    /** At most one item per partition: on the table key, with a sort key without fields. */
    public boolean single(String index) {
      return index == null && sk != null && sk.fields().isEmpty();
    }
  }

  /** The generated record of grouped members: {@code CustomerItem} -> {@code CustomerItemCollection}. */
  public ClassName groupedName() {
    return ClassName.get(className.packageName(), String.join("_", className.simpleNames()) + "Collection");
  }
}
