package dev.keyway.processor.extract;

import com.palantir.javapoet.ClassName;
import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.Place;
import dev.keyway.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/** {@code @Table} -> {@link TableModel}. Reads only; {@code TableRules} judges. */
public final class TableExtractor {
  public static final String TABLE = "dev.keyway.annotation.Table";
  private final Annotations annotations;

  public TableExtractor(Annotations annotations) {
    this.annotations = annotations;
  }

  public TableModel extract(TypeElement element) {
    AnnotationMirror m = Annotations.find(element, TABLE);
    return new TableModel(
        ClassName.get(element),
        annotations.string(m, "name"),
        annotations.string(m, "partitionKey"),
        annotations.optionalString(m, "sortKey"),
        indexes(element, annotations.list(m, "globalIndexes"), true),
        indexes(element, annotations.list(m, "localIndexes"), false),
        annotations.optionalString(m, "typeAttribute"),
        annotations.optionalString(m, "ttlAttribute"),
        streamViewType(annotations.enumName(m, "stream")),
        annotations.enumName(m, "billingMode"),
        annotations.longValue(m, "readCapacity"),
        annotations.longValue(m, "writeCapacity"),
        Place.of(element, m));
  }

  private static String streamViewType(String streamView) {
    return streamView.equals("NONE") ? null : streamView;
  }

  private List<IndexModel> indexes(TypeElement element, List<AnnotationValue> values, boolean global) {
    List<IndexModel> out = new ArrayList<>();
    for (AnnotationValue v : values) {
      AnnotationMirror index = (AnnotationMirror) v.getValue();
      AnnotationMirror projection = annotations.annotation(index, "projection");
      List<String> attributes = new ArrayList<>();
      for (AnnotationValue a : annotations.list(projection, "attributes")) {
        attributes.add((String) a.getValue());
      }
      String partitionKey = annotations.optionalString(index, "partitionKey");
      out.add(new IndexModel(
          annotations.string(index, "name"),
          global,
          partitionKey,
          annotations.optionalString(index, "sortKey"),
          annotations.enumName(projection, "type"),
          List.copyOf(attributes),
          global ? strings(index, "partitionKeys") : List.of(),
          global ? strings(index, "sortKeys") : List.of(),
          Place.of(element, index)));
    }
    return List.copyOf(out);
  }

  private List<String> strings(AnnotationMirror m, String attribute) {
    return annotations.list(m, attribute).stream().map(v -> (String) v.getValue()).toList();
  }
}
