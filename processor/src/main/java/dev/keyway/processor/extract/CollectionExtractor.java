package dev.keyway.processor.extract;

import com.palantir.javapoet.ClassName;
import dev.keyway.processor.model.CollectionDeclaration;
import dev.keyway.processor.model.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** {@code @ItemCollection} types -> {@link CollectionDeclaration}; the rules check what it says. */
public final class CollectionExtractor {
  public static final String COLLECTION = "dev.keyway.annotation.ItemCollection";

  public CollectionDeclaration extract(TypeElement element) {
    AnnotationMirror mirror = Annotations.find(element, COLLECTION);
    boolean sealed = element.getKind() == ElementKind.INTERFACE && element.getModifiers().contains(Modifier.SEALED);
    String kind = element.getKind() != ElementKind.INTERFACE
        ? "a " + element.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ')
        : "an interface that is not sealed";
    List<ClassName> permitted = new ArrayList<>();
    for (TypeMirror t : element.getPermittedSubclasses()) {
      if (t.getKind() == TypeKind.ERROR) {
        throw new DeferralException(t.toString());
      }
      permitted.add(ClassName.get(Annotations.asTypeElement(t)));
    }
    AnnotationValue index = Annotations.explicit(mirror, "index");
    String indexName = index == null || String.valueOf(index.getValue()).isEmpty() ? null
        : String.valueOf(index.getValue());
    return new CollectionDeclaration(ClassName.get(element), sealed, kind, List.copyOf(permitted), indexName,
        Place.of(element, mirror), new Place(element, mirror, index));
  }
}
