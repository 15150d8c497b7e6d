package dev.keyway.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keyway.processor.model.AttrType;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.FieldModel;
import dev.keyway.processor.validate.AttributeRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * The update methods of {@code <Entity>Repository}, each one UpdateItem through {@code
 * <Entity>Update}: {@code update(<key fields>, changes)} (an unversioned entity) or {@code
 * update(entity, changes)} checking and {@code updateUnversioned(<key fields>, changes)} not checking
 * the version (a {@code @Version} entity); {@code upsert(<key fields>, changes)} creating the item
 * when absent; {@code increment<Field>(<key fields>, delta)} per plain number field, an atomic
 * counter returning the new value.
 */
final class RepositoryWrites {
  private final EntityModel e;
  private final List<String> keyFields;
  private final ClassName update;
  private final String factory;
  private final UpdatePlan plan;

  RepositoryWrites(EntityModel e, List<String> keyFields) {
    this.e = e;
    this.plan = new UpdatePlan(e);
    this.keyFields = keyFields;
    this.update = UpdateEmitter.name(e);
    this.factory = UpdateFactories.keyFactory(e);
  }

  void addTo(TypeSpec.Builder type) {
    boolean versioned = e.versionField().isPresent();
    String name = versioned ? "updateUnversioned" : "update";
    String doc = versioned
        ? "Applies {@code changes} to the existing item with this primary key in one UpdateItem (index keys rewritten"
            + " atomically), incrementing its version WITHOUT checking it: a concurrent change is not detected. Use"
            + " {@code update(entity, changes)} to fail on a stale copy. Returns the entity after the update.\n"
        : "Applies {@code changes} to the existing item with this primary key in one UpdateItem (index keys"
            + " rewritten atomically); returns the entity after the update.\n";
    type.addMethod(byKeyFields(name, "update", e.className()).addJavadoc(doc).build());
    type.addMethod(byTypedKey(name, "update", e.className())
        .addJavadoc("As {@code $L(<key fields>, changes)}, for the item with this typed key ({@code $T.of(..)}).\n",
            name, Names.keys(e)).build());
    if (versioned) {
      type.addMethod(MethodSpec.methodBuilder("update").addModifiers(Modifier.PUBLIC).returns(e.className())
          .addJavadoc("Applies {@code changes} to the item of {@code current} in one UpdateItem if its stored version is"
              + " still {@code current}'s (else ConditionalCheckFailedException), incrementing it; returns the entity"
              + " after the update.\n")
          .addParameter(e.className(), "current").addParameter(changes(), "changes")
          .addStatement("$T u = $T.from(current)", update, update)
          .addStatement("changes.accept(u)").addStatement("return update(u)").build());
    }
    type.addMethod(byKeyFields("upsert", "upsert", e.className())
        .addJavadoc("Applies {@code changes} to the item with this primary key, creating it when absent (UpdateItem"
            + " semantics: {@code ADD} on a missing number starts from 0), with its key fields, type attribute and"
            + " fixed index keys; $L Returns the entity after the upsert.\n",
            versioned ? "the version is incremented, not checked." : "no existence check.").build());
    type.addMethod(byTypedKey("upsert", "upsert", e.className())
        .addJavadoc("As {@code upsert(<key fields>, changes)}, for the item with this typed key.\n").build());
    for (FieldModel f : e.fields()) {
      if (counter(f)) {
        type.addMethod(increment(f));
      }
    }
  }

  /** A plain int, long or BigDecimal field (not a key field, version, TTL or timestamp). */
  private boolean counter(FieldModel f) {
    if (plan.isKeyField(f.name()) || f.version() || f.ttl() || f.stamp() != FieldModel.Stamp.NONE) {
      return false;
    }
    return f.type() instanceof AttrType.Scalar s && (s.kind() == AttrType.Kind.INT || s.kind() == AttrType.Kind.LONG
        || s.kind() == AttrType.Kind.BIG_DECIMAL);
  }

  private MethodSpec increment(FieldModel f) {
    AttrType.Kind kind = ((AttrType.Scalar) f.type()).kind();
    String attr = AttributeRules.storedName(e, f);
    TypeName delta = kind == AttrType.Kind.INT ? TypeName.INT : kind == AttrType.Kind.LONG ? TypeName.LONG
        : ClassName.get(BigDecimal.class);
    CodeBlock result = switch (kind) {
      case INT -> CodeBlock.of("$T.toIntExact(n.longValueExact())", Math.class);
      case LONG -> CodeBlock.of("n.longValueExact()");
      default -> CodeBlock.of("n.bigDecimalValue()");
    };
    MethodSpec.Builder m = MethodSpec.methodBuilder("increment" + Character.toUpperCase(f.name().charAt(0))
            + f.name().substring(1))
        .addModifiers(Modifier.PUBLIC).returns(delta)
        .addJavadoc("Atomically adds {@code delta} to {@code $L} of the item with this primary key, creating the item"
            + " (and the attribute, from 0) when absent; returns the new value (one UpdateItem, ReturnValues"
            + " UPDATED_NEW).\n", f.name());
    keyFields.forEach(k -> m.addParameter(e.field(k).orElseThrow().type().typeName(), k));
    return m.addParameter(delta, "delta")
        .addStatement("$T u = $T.$L($L)", update, update, factory, String.join(", ", keyFields))
        .addStatement("u.add($T.number($S, $T.class), delta)", ClassName.get("dev.keyway.expr", "Paths"), attr,
            kind == AttrType.Kind.BIG_DECIMAL ? BigDecimal.class : Long.class)
        .addStatement("$T n = upsertNumber(u, $S)", ClassName.get("dev.keyway.model", "DynamoNumber"), attr)
        .addStatement("return $L", result).build();
  }

  private MethodSpec.Builder byKeyFields(String name, String run, TypeName returns) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
    for (String f : keyFields) {
      m.addParameter(e.field(f).orElseThrow().type().typeName(), f);
    }
    return m.addParameter(changes(), "changes")
        .addStatement("$T u = $T.$L($L)", update, update, factory, String.join(", ", keyFields))
        .addStatement("changes.accept(u)").addStatement("return $L(u)", run);
  }

  private MethodSpec.Builder byTypedKey(String name, String run, TypeName returns) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns)
        .addParameter(Names.typedKey(e), "key").addParameter(changes(), "changes")
        .addStatement("$T u = $T.$L(key)", update, update, factory)
        .addStatement("changes.accept(u)").addStatement("return $L(u)", run);
  }

  private TypeName changes() {
    return ParameterizedTypeName.get(ClassName.get(Consumer.class), update);
  }
}
