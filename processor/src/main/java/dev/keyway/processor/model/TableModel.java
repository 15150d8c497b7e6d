package dev.keyway.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code @Table}. Optional names are null when the annotation leaves them empty; {@code streamViewType} is null
 * for a table without a stream.
 */
public record TableModel(
    ClassName className,
    String name,
    String partitionKey,
    String sortKey,
    List<IndexModel> globalIndexes,
    List<IndexModel> localIndexes,
    String typeAttribute,
    String ttlAttribute,
    String streamViewType,
    String billingMode,
    long readCapacity,
    long writeCapacity,
    Place place) {

  public List<IndexModel> indexes() {
    List<IndexModel> all = new ArrayList<>(globalIndexes);
    all.addAll(localIndexes);
    return all;
  }

  public Optional<IndexModel> index(String indexName) {
    return indexes().stream().filter(i -> i.name().equals(indexName)).findFirst();
  }

  public boolean hasSortKey() {
    return sortKey != null;
  }

  /** The generated facade's simple name: the interface name without a trailing "Table". */
  public String facadeName() {
    String simple = className.simpleName();
    return simple.endsWith("Table") && simple.length() > 5
        ? simple.substring(0, simple.length() - 5)
        : simple + "Facade";
  }
}
