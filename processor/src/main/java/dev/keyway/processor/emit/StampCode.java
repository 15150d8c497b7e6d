package dev.keyway.processor.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.keyway.processor.model.AttrType;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.FieldModel;
import dev.keyway.processor.validate.AttributeRules;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Code for {@code @CreatedAt}/{@code @UpdatedAt}: the stored form of the instant {@code now} (an
 * Instant as Keyway stores Instants, a long as epoch milliseconds), the schema's {@code stamp} for
 * puts and the update builder's {@code lifecycle} actions.
 */
final class StampCode {
  private final EntityModel e;

  StampCode(EntityModel e) {
    this.e = e;
  }

  boolean any() {
    return e.fields().stream().anyMatch(f -> f.stamp() != FieldModel.Stamp.NONE);
  }

  /** {@code EntitySchema.stamp(item, now)}: UpdatedAt always, CreatedAt when the entity has none. */
  MethodSpec schemaStamp() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("stamp").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).addParameter(ValueCode.ITEM, "item")
        .addParameter(java.time.Instant.class, "now");
    for (FieldModel f : e.fields()) {
      String attr = AttributeRules.storedName(e, f);
      if (f.stamp() == FieldModel.Stamp.UPDATED_AT) {
        m.addStatement("item.put($S, $L)", attr, now(f));
      } else if (f.stamp() == FieldModel.Stamp.CREATED_AT) {
        CodeBlock missing = isInstant(f) ? CodeBlock.of("$T.isAbsent(item.get($S))", Names.ITEM_CODEC, attr)
            : CodeBlock.of("$T.isAbsent(item.get($S)) || $T.toLongValue(item.get($S)) == 0L", Names.ITEM_CODEC, attr,
                Names.ITEM_CODEC, attr);
        m.beginControlFlow("if ($L)", missing).addStatement("item.put($S, $L)", attr, now(f)).endControlFlow();
      }
    }
    return m.build();
  }

  /** {@code EntityUpdate.lifecycle(now)}: SET updatedAt = now, SET createdAt = if_not_exists(createdAt, now). */
  MethodSpec updateLifecycle() {
    List<CodeBlock> actions = new ArrayList<>();
    for (FieldModel f : e.fields()) {
      String attr = AttributeRules.storedName(e, f);
      if (f.stamp() == FieldModel.Stamp.UPDATED_AT) {
        actions.add(CodeBlock.of("setting($S, $L)", attr, now(f)));
      } else if (f.stamp() == FieldModel.Stamp.CREATED_AT) {
        actions.add(CodeBlock.of("settingIfAbsent($S, $L)", attr, now(f)));
      }
    }
    return MethodSpec.methodBuilder("lifecycle").addAnnotation(Override.class).addModifiers(Modifier.PROTECTED)
        .returns(UpdateEmitter.ACTIONS).addParameter(java.time.Instant.class, "now")
        .addStatement("return $T.of($L)", List.class, CodeBlock.join(actions, ", ")).build();
  }

  private CodeBlock now(FieldModel f) {
    return isInstant(f) ? CodeBlock.of("$T.s($T.instantText(now))", Names.ATTRIBUTE_VALUE, Names.ITEM_CODEC)
        : CodeBlock.of("$T.n(now.toEpochMilli())", Names.ATTRIBUTE_VALUE);
  }

  private static boolean isInstant(FieldModel f) {
    return f.type() instanceof AttrType.Scalar s && s.kind() == AttrType.Kind.INSTANT;
  }
}
