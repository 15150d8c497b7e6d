package dev.keyway.processor.extract;

import com.palantir.javapoet.ClassName;
import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.model.AttributeKeyModel;
import dev.keyway.processor.model.Creator;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.IndexKeyModel;
import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.KeyTemplate;
import dev.keyway.processor.model.Place;
import dev.keyway.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** {@code @Entity} (+ {@code @IndexKey}) -> {@link EntityModel}; null when extraction reported errors. */
public final class EntityExtractor {
  public static final String ENTITY = "dev.keyway.annotation.Entity";
  public static final String INDEX_KEY = "dev.keyway.annotation.IndexKey";
  private static final String INDEX_KEYS = "dev.keyway.annotation.IndexKey.List";

  private final Diagnostics diagnostics;
  private final Annotations annotations;
  private final BeanExtractor beans;

  public EntityExtractor(Diagnostics diagnostics, Annotations annotations, BeanExtractor beans) {
    this.diagnostics = diagnostics;
    this.annotations = annotations;
    this.beans = beans;
  }

  /**
   * Extracts an entity. {@code tables} resolves a table interface to its model (null when it has no
   * {@code @Table}).
   */
  public EntityModel extract(TypeElement element, Function<TypeElement, TableModel> tables) {
    int before = diagnostics.errorCount();
    AnnotationMirror m = Annotations.find(element, ENTITY);
    Place place = Place.of(element, m);
    if (element.getKind() != ElementKind.RECORD && element.getKind() != ElementKind.CLASS) {
      diagnostics.report(Msg.ENTITY_KIND, place, element.getSimpleName(),
          "an " + element.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      return null;
    }
    AnnotationValue tableValue = Annotations.explicit(m, "table");
    TypeMirror tableType = (TypeMirror) annotations.value(m, "table").getValue();
    if (tableType.getKind() == TypeKind.ERROR || !(tableType instanceof DeclaredType)) {
      throw new DeferralException(tableType.toString());
    }
    TypeElement tableElement = (TypeElement) ((DeclaredType) tableType).asElement();
    TableModel table = tables.apply(tableElement);
    if (table == null) {
      diagnostics.report(Msg.ENTITY_TABLE_NOT_TABLE, new Place(element, m, tableValue),
          tableElement.getSimpleName(), tableElement.getSimpleName(), "");
    }
    String type = annotations.optionalString(m, "type");
    KeyTemplate pk = template(element, m, "pk");
    KeyTemplate sk = annotations.optionalString(m, "sk") == null ? null : template(element, m, "sk");
    List<IndexKeyModel> indexKeys = new ArrayList<>();
    List<AttributeKeyModel> attributeKeys = new ArrayList<>();
    for (Annotations.Found found : Annotations.findAll(element, INDEX_KEY, INDEX_KEYS)) {
      AnnotationMirror ik = found.mirror();
      String index = annotations.string(ik, "index");
      Place at = found.container() == null
          ? new Place(element, ik, Annotations.explicit(ik, "index"))
          : new Place(element, found.container(), found.inContainer());
      if (table != null && table.index(index).filter(IndexModel::multiAttribute).isPresent()) {
        attributeKeys.add(new AttributeKeyModel(index, at));
        templatesGiven(table.index(index).orElseThrow(), ik, at);
        continue;
      }
      KeyTemplate ipk = annotations.optionalString(ik, "pk") == null ? null : template(element, ik, "pk");
      KeyTemplate isk = annotations.optionalString(ik, "sk") == null ? null : template(element, ik, "sk");
      indexKeys.add(new IndexKeyModel(index, ipk, isk, at));
    }
    Creator creator = beans.creator(element, place);
    if (diagnostics.errorCount() != before || creator == null || table == null) {
      return null;
    }
    return new EntityModel(ClassName.get(element), type == null ? element.getSimpleName().toString() : type,
        table, pk, sk, List.copyOf(indexKeys), List.copyOf(attributeKeys), creator, place);
  }

  /** An {@code @IndexKey} on a multi-attribute index gives no templates: its key is the entity's own fields. */
  private void templatesGiven(IndexModel index, AnnotationMirror ik, Place at) {
    List<String> given = new ArrayList<>();
    for (String attribute : List.of("pk", "sk")) {
      if (annotations.optionalString(ik, attribute) != null) {
        given.add(attribute + " = \"" + annotations.string(ik, attribute) + "\"");
      }
    }
    if (!given.isEmpty()) {
      diagnostics.report(Msg.MAK_INDEX_KEY_TEMPLATE, at, index.name(), String.join(", ", index.keyAttributes()),
          String.join(" and ", given));
    }
  }

  private KeyTemplate template(TypeElement element, AnnotationMirror m, String attribute) {
    String raw = annotations.string(m, attribute);
    Place place = new Place(element, m, Annotations.explicit(m, attribute));
    try {
      return TemplateParser.parse(raw, place);
    } catch (TemplateParser.SyntaxException e) {
      diagnostics.report(Msg.TEMPLATE_SYNTAX, place, raw, e.getMessage());
      return null;
    }
  }
}
