package dev.keyway.processor.extract;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.model.PatternModel;
import dev.keyway.processor.model.Place;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** {@code @AccessPatterns} interfaces -> {@link PatternModel}; return-type shape errors reported here. */
public final class PatternExtractor {
  public static final String ACCESS_PATTERNS = "dev.keyway.annotation.AccessPatterns";
  public static final String PROJECT = "dev.keyway.annotation.Project";
  public static final String FILTER = "dev.keyway.annotation.Filter";
  private static final String PAGE_REQUEST = "dev.keyway.api.PageRequest";
  private static final String ITEM = "dev.keyway.model.Item";

  private final Diagnostics diagnostics;

  public PatternExtractor(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public PatternModel extract(TypeElement element) {
    Place place = Place.of(element, Annotations.find(element, ACCESS_PATTERNS));
    if (element.getKind() != ElementKind.INTERFACE) {
      diagnostics.report(Msg.PATTERNS_NOT_INTERFACE, place, element.getSimpleName(),
          element.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      return null;
    }
    List<PatternModel.Method> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.STATIC) || method.isDefault()) {
        continue;
      }
      PatternModel.Method m = method(ClassName.get(element), method);
      if (m != null) {
        methods.add(m);
      }
    }
    return new PatternModel(ClassName.get(element), countEntities(methods), place);
  }

  /** A count method ({@code long}) counts the entity the interface's other methods return. */
  private List<PatternModel.Method> countEntities(List<PatternModel.Method> methods) {
    java.util.Set<ClassName> entities = new java.util.LinkedHashSet<>();
    for (PatternModel.Method m : methods) {
      if (m.entity() != null) {
        entities.add(m.entity());
      }
    }
    List<PatternModel.Method> out = new ArrayList<>();
    for (PatternModel.Method m : methods) {
      if (m.returns() == PatternModel.Returns.COUNT) {
        if (entities.size() != 1) {
          diagnostics.report(Msg.PATTERN_COUNT_ENTITY, m.place(), m.name() + "()",
              entities.isEmpty() ? "no entity" : "several entities (" + entities.stream()
                  .map(ClassName::simpleName).collect(java.util.stream.Collectors.joining(", ")) + ")");
          continue;
        }
        m = m.withEntity(entities.iterator().next());
      }
      out.add(m);
    }
    return List.copyOf(out);
  }

  private PatternModel.Method method(ClassName owner, ExecutableElement method) {
    String name = method.getSimpleName().toString();
    TypeMirror ret = method.getReturnType();
    if (ret.getKind() == TypeKind.ERROR) {
      throw new DeferralException(ret.toString());
    }
    PatternModel.Returns returns = null;
    ClassName entity = null;
    if (ret.getKind() == TypeKind.LONG) {
      returns = PatternModel.Returns.COUNT;
    } else if (ret instanceof DeclaredType d && d.getTypeArguments().size() == 1) {
      String raw = ((TypeElement) d.asElement()).getQualifiedName().toString();
      returns = switch (raw) {
        case "dev.keyway.api.Page" -> PatternModel.Returns.PAGE;
        case "java.util.List" -> PatternModel.Returns.LIST;
        case "java.util.stream.Stream" -> PatternModel.Returns.STREAM;
        case "java.util.Optional" -> PatternModel.Returns.OPTIONAL;
        default -> null;
      };
      TypeMirror arg = d.getTypeArguments().get(0);
      if (arg.getKind() == TypeKind.ERROR) {
        throw new DeferralException(arg.toString());
      }
      if (arg instanceof DeclaredType a) {
        entity = ClassName.get((TypeElement) a.asElement());
      }
    } else if (ret instanceof DeclaredType d && d.getTypeArguments().isEmpty()) {
      returns = PatternModel.Returns.GROUPED;   // a generated collection record, resolved by the rules
      entity = ClassName.get((TypeElement) d.asElement());
    }
    Place place = Place.of(method);
    AnnotationMirror project = Annotations.find(method, PROJECT);
    boolean items = entity != null && entity.canonicalName().equals(ITEM);
    if (project != null || items) {
      if (project == null) {
        diagnostics.report(Msg.PATTERN_PROJECT_RETURN, place, name + "()", "returns " + ret + " without @Project");
        return null;
      }
      Place at = Place.of(method, project);
      if (!items || returns == null || returns == PatternModel.Returns.COUNT) {
        diagnostics.report(Msg.PATTERN_PROJECT_RETURN, at, name + "()", "has @Project but returns " + ret);
        return null;
      }
      AnnotationValue entityValue = Annotations.explicit(project, "entity");
      TypeMirror projected = entityValue == null ? null : (TypeMirror) entityValue.getValue();
      if (projected == null || projected.getKind() == TypeKind.ERROR) {
        throw new DeferralException(String.valueOf(projected));
      }
      entity = ClassName.get((TypeElement) ((DeclaredType) projected).asElement());
    }
    if (returns == null || (entity == null && returns != PatternModel.Returns.COUNT)) {
      diagnostics.report(Msg.PATTERN_RETURN_TYPE, place, name + "()", ret);
      return null;
    }
    List<String> fields = null;
    Place fieldsPlace = null;
    if (project != null) {
      AnnotationValue value = Annotations.explicit(project, "fields");
      fields = new ArrayList<>();
      if (value != null && value.getValue() instanceof List<?> list) {
        for (Object v : list) {
          fields.add(String.valueOf(((AnnotationValue) v).getValue()));
        }
      }
      fields = List.copyOf(fields);
      fieldsPlace = new Place(method, project, value);
    }
    List<PatternModel.Param> params = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      if (p.asType().getKind() == TypeKind.ERROR) {
        throw new DeferralException(p.asType().toString());
      }
      boolean pageRequest = p.asType().toString().equals(PAGE_REQUEST);
      String paramName = p.getSimpleName().toString();
      params.add(new PatternModel.Param(paramName, TypeName.get(p.asType()), pageRequest, filter(p, paramName),
          Place.of(p)));
    }
    return new PatternModel.Method(owner, name, returns, entity, List.copyOf(params), TypeName.get(ret), place,
        fields, fieldsPlace);
  }

  /** The parameter's {@code @Filter}, or null: field defaults to the parameter name, op to EQ. */
  private static PatternModel.Filter filter(VariableElement p, String paramName) {
    AnnotationMirror filter = Annotations.find(p, FILTER);
    if (filter == null) {
      return null;
    }
    AnnotationValue field = Annotations.explicit(filter, "field");
    AnnotationValue op = Annotations.explicit(filter, "op");
    String fieldName = field == null || String.valueOf(field.getValue()).isEmpty() ? paramName
        : String.valueOf(field.getValue());
    return new PatternModel.Filter(fieldName, op == null ? "EQ" : String.valueOf(op.getValue()),
        new Place(p, filter, field));
  }
}
