package dev.keyway.processor.extract;

import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.model.AttrType;
import dev.keyway.processor.model.Creator;
import dev.keyway.processor.model.FieldModel;
import dev.keyway.processor.model.Place;
import dev.keyway.processor.model.ReadFallback;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Records and bean classes -> {@link Creator}: their fields and how to construct them. */
public final class BeanExtractor {
  static final String ATTRIBUTE = "dev.keyway.annotation.Attribute";
  static final String IGNORE = "dev.keyway.annotation.Ignore";
  static final String VERSION = "dev.keyway.annotation.Version";
  static final String TTL = "dev.keyway.annotation.Ttl";
  static final String CONVERTER = "dev.keyway.annotation.Converter";
  static final String CREATED_AT = "dev.keyway.annotation.CreatedAt";
  static final String UPDATED_AT = "dev.keyway.annotation.UpdatedAt";
  private static final String ATTRIBUTE_CONVERTER = "dev.keyway.api.AttributeConverter";

  private final Diagnostics diagnostics;
  private final TypeExtractor types;
  private final Types typeUtils;
  private final javax.lang.model.util.Elements elements;
  private final FallbackExtractor fallbacks;

  public BeanExtractor(Diagnostics diagnostics, TypeExtractor types, Types typeUtils,
      javax.lang.model.util.Elements elements) {
    this.diagnostics = diagnostics;
    this.types = types;
    this.typeUtils = typeUtils;
    this.elements = elements;
    this.fallbacks = new FallbackExtractor(diagnostics);
    types.beans(this);
  }

  /** The fields and construction of a type, or null when errors were reported. */
  public Creator creator(TypeElement type, Place at) {
    int before = diagnostics.errorCount();
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.report(Msg.ENTITY_ABSTRACT, at, type.getQualifiedName());
      return null;
    }
    Creator creator = type.getKind() == ElementKind.RECORD ? record(type) : bean(type, at);
    return diagnostics.errorCount() == before ? creator : null;
  }

  private Creator record(TypeElement type) {
    List<FieldModel> fields = new ArrayList<>();
    List<String> order = new ArrayList<>();
    Map<String, VariableElement> backing = new LinkedHashMap<>();
    for (VariableElement v : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      backing.put(v.getSimpleName().toString(), v);
    }
    for (RecordComponentElement c : type.getRecordComponents()) {
      String name = c.getSimpleName().toString();
      order.add(name);
      // javac locates diagnostics on the component's private field (annotations are propagated to it),
      // but not on the RecordComponentElement itself.
      Element at = backing.containsKey(name) ? backing.get(name) : c;
      FieldModel f = field(at, name, c.asType(), name + "()", null);
      if (f != null) {
        fields.add(f);
      }
    }
    return new Creator(List.copyOf(fields), List.copyOf(order), true);
  }

  private Creator bean(TypeElement type, Place at) {
    List<VariableElement> declared = new ArrayList<>();
    for (TypeElement t = type; t != null && !t.getQualifiedName().contentEquals("java.lang.Object");
        t = superclass(t)) {
      List<VariableElement> own = new ArrayList<>();
      for (VariableElement v : ElementFilter.fieldsIn(t.getEnclosedElements())) {
        Set<Modifier> mods = v.getModifiers();
        if (!mods.contains(Modifier.STATIC) && !mods.contains(Modifier.TRANSIENT) && !Annotations.has(v, IGNORE)) {
          own.add(v);
        }
      }
      declared.addAll(0, own);
    }
    List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(type));
    Map<String, String> getters = new LinkedHashMap<>();
    Map<String, String> setters = new LinkedHashMap<>();
    for (VariableElement v : declared) {
      String name = v.getSimpleName().toString();
      String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
      String getter = findGetter(methods, v, cap);
      if (getter == null && !v.getModifiers().contains(Modifier.PRIVATE)) {
        getter = name;
      }
      getters.put(name, getter);
      String setter = findSetter(methods, v, "set" + cap);
      if (setter == null && !v.getModifiers().contains(Modifier.PRIVATE) && !v.getModifiers().contains(Modifier.FINAL)) {
        setter = name + " = ";
      }
      setters.put(name, setter);
    }
    List<String> names = declared.stream().map(v -> v.getSimpleName().toString()).toList();
    boolean noArg = false;
    List<String> ctorOrder = null;
    for (ExecutableElement ctor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (ctor.getModifiers().contains(Modifier.PRIVATE)) {
        continue; // generated code lives in the same package: anything but private is callable
      }
      if (ctor.getParameters().isEmpty()) {
        noArg = true;
      }
      List<String> params = ctor.getParameters().stream().map(p -> p.getSimpleName().toString()).toList();
      if (!params.isEmpty() && params.size() == names.size() && Set.copyOf(params).equals(Set.copyOf(names))) {
        ctorOrder = params;
      }
    }
    boolean allSetters = setters.values().stream().allMatch(s -> s != null);
    List<FieldModel> fields = new ArrayList<>();
    for (VariableElement v : declared) {
      String name = v.getSimpleName().toString();
      if (getters.get(name) == null) {
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String prefix = v.asType().getKind() == TypeKind.BOOLEAN ? "is" : "get";
        diagnostics.report(Msg.NO_ACCESSOR, Place.of(v), name, type.getSimpleName(), v.asType(), prefix + cap);
        continue;
      }
      boolean viaSetter = ctorOrder == null && noArg;
      if (viaSetter && setters.get(name) == null) {
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        diagnostics.report(Msg.NO_SETTER, Place.of(v), name, type.getSimpleName(), "set" + cap, v.asType());
        continue;
      }
      String getter = getters.get(name).equals(name) ? name : getters.get(name) + "()";
      FieldModel f = field(v, name, v.asType(), getter, viaSetter ? setters.get(name) : null);
      if (f != null) {
        fields.add(f);
      }
    }
    if (ctorOrder == null && !noArg) {
      diagnostics.report(Msg.NO_CONSTRUCTOR, at, type.getQualifiedName(), String.join(", ", names));
      return null;
    }
    if (ctorOrder == null && !allSetters) {
      return null; // reported per field above
    }
    return new Creator(List.copyOf(fields), ctorOrder == null ? List.of() : List.copyOf(ctorOrder), false);
  }

  private String findGetter(List<ExecutableElement> methods, VariableElement v, String cap) {
    for (ExecutableElement m : methods) {
      String n = m.getSimpleName().toString();
      boolean nameOk = n.equals("get" + cap) || (n.equals("is" + cap) && v.asType().getKind() == TypeKind.BOOLEAN);
      if (nameOk && m.getParameters().isEmpty() && !m.getModifiers().contains(Modifier.PRIVATE)
          && !m.getModifiers().contains(Modifier.STATIC) && typeUtils.isSameType(m.getReturnType(), v.asType())) {
        return n;
      }
    }
    return null;
  }

  private String findSetter(List<ExecutableElement> methods, VariableElement v, String name) {
    for (ExecutableElement m : methods) {
      if (m.getSimpleName().contentEquals(name) && m.getParameters().size() == 1
          && !m.getModifiers().contains(Modifier.PRIVATE) && !m.getModifiers().contains(Modifier.STATIC)
          && typeUtils.isSameType(m.getParameters().get(0).asType(), v.asType())) {
        return name;
      }
    }
    return null;
  }

  private TypeElement superclass(TypeElement t) {
    TypeMirror s = t.getSuperclass();
    return s.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) s).asElement() : null;
  }

  private FieldModel field(Element element, String name, TypeMirror type, String getter, String setter) {
    AnnotationMirror attribute = Annotations.find(element, ATTRIBUTE);
    String attributeName = name;
    AnnotationValue explicitName = attribute == null ? null : Annotations.explicit(attribute, "name");
    if (explicitName != null) {
      attributeName = (String) explicitName.getValue();
      if (attributeName.isEmpty() || attributeName.length() > 255) {
        diagnostics.report(Msg.ATTRIBUTE_NAME_INVALID, new Place(element, attribute, explicitName), attributeName);
        return null;
      }
    }
    Place place = explicitName != null ? new Place(element, attribute, explicitName) : Place.of(element);
    AnnotationMirror converter = Annotations.find(element, CONVERTER);
    AttrType attrType = converter != null
        ? converted(element, name, type, converter)
        : types.resolve(type, name, Place.of(element));
    if (attrType == null) {
      return null;
    }
    ReadFallback fallback = fallbacks.fallback(element, attribute, name, type, attrType);
    if (fallback == null) {
      return null;
    }
    List<String> markers = new ArrayList<>();
    for (String m : List.of(VERSION, TTL, CREATED_AT, UPDATED_AT)) {
      if (Annotations.has(element, m)) {
        markers.add("@" + m.substring(m.lastIndexOf('.') + 1));
      }
    }
    if (markers.size() > 1 && (markers.contains("@CreatedAt") || markers.contains("@UpdatedAt"))) {
      diagnostics.report(Msg.STAMP_CONFLICT, Place.of(element), name, String.join(" and ", markers));
      return null;
    }
    FieldModel.Stamp stamp = Annotations.has(element, CREATED_AT) ? FieldModel.Stamp.CREATED_AT
        : Annotations.has(element, UPDATED_AT) ? FieldModel.Stamp.UPDATED_AT : FieldModel.Stamp.NONE;
    return new FieldModel(name, attributeName, attrType, getter, setter,
        Annotations.has(element, VERSION), Annotations.has(element, TTL), stamp, fallback, place);
  }

  private AttrType converted(Element element, String name, TypeMirror type, AnnotationMirror converter) {
    AnnotationValue value = Annotations.explicit(converter, "value");
    Place place = new Place(element, converter, value);
    if (!(value.getValue() instanceof DeclaredType convType)) {
      throw new DeferralException(String.valueOf(value.getValue()));
    }
    TypeElement conv = (TypeElement) convType.asElement();
    boolean noArg = ElementFilter.constructorsIn(conv.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
    if (!noArg || conv.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.report(Msg.CONVERTER_INVALID, place, conv.getQualifiedName(), name,
          "it needs to be a concrete class with a public no-argument constructor");
      return null;
    }
    TypeElement base = elements.getTypeElement(ATTRIBUTE_CONVERTER);
    TypeMirror boxed = type.getKind().isPrimitive() ? typeUtils.boxedClass((javax.lang.model.type.PrimitiveType) type).asType() : type;
    DeclaredType wanted = typeUtils.getDeclaredType(base, boxed);
    if (!typeUtils.isAssignable(convType, wanted)) {
      diagnostics.report(Msg.CONVERTER_INVALID, place, conv.getQualifiedName(), name,
          "it does not implement AttributeConverter<" + boxed + ">");
      return null;
    }
    return new AttrType.Converted(com.palantir.javapoet.TypeName.get(type), com.palantir.javapoet.ClassName.get(conv));
  }

  static String joined(List<String> names) {
    return names.stream().collect(Collectors.joining(", "));
  }
}
