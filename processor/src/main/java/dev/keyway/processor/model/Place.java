package dev.keyway.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Where a model part came from: the element, and the annotation and value where there is one. */
public record Place(Element element, AnnotationMirror mirror, AnnotationValue value) {
  public static Place of(Element element) {
    return new Place(element, null, null);
  }

  public static Place of(Element element, AnnotationMirror mirror) {
    return new Place(element, mirror, null);
  }
}
