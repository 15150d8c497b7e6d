package dev.keyway.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.FieldModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The static factories of {@code <Entity>Update}. An unversioned entity: {@code of(<key fields>)},
 * {@code of(key)}, {@code from(entity)}. A {@code @Version} entity makes the choice visible: {@code
 * from(entity)} and {@code of(<key fields>, expectedVersion)} check the stored version, {@code
 * unversioned(<key fields>)} and {@code unversioned(key)} do not (the version is incremented either way).
 */
final class UpdateFactories {
  private final EntityModel e;
  private final ClassName self;
  private final List<String> primary;

  UpdateFactories(EntityModel e, ClassName self, List<String> primary) {
    this.e = e;
    this.self = self;
    this.primary = primary;
  }

  /** The name of the factory taking key fields and no version: {@code of} or {@code unversioned}. */
  static String keyFactory(EntityModel e) {
    return e.versionField().isPresent() ? "unversioned" : "of";
  }

  void addTo(TypeSpec.Builder type) {
    String args = String.join(", ", primary);
    String byKey = keyFactory(e);
    boolean versioned = e.versionField().isPresent();
    String unchecked = versioned ? " The stored version is incremented but not checked: use {@code from(entity)}"
        + " or {@code of(<key fields>, expectedVersion)} to fail on a stale copy." : "";
    MethodSpec.Builder fields = factory(byKey)
        .addJavadoc("An empty update of the item with this primary key.$L\n", unchecked);
    primary.forEach(f -> fields.addParameter(type(f), f));
    type.addMethod(fields.addStatement("return new $T($L)", self, args).build());
    type.addMethod(factory(byKey).addParameter(Names.typedKey(e), "key")
        .addJavadoc("An empty update of the item with this typed key ({@code $T.of(..)}).$L\n", Names.keys(e),
            unchecked)
        .addStatement("return new $T($L)", self, CodeBlock.join(primary.stream()
            .map(f -> CodeBlock.of("key.$L()", f)).toList(), ", "))
        .build());
    MethodSpec.Builder from = factory("from").addParameter(e.className(), "entity")
        .addJavadoc("An empty update of the item of {@code entity}$L.\n",
            versioned ? ", applied only if the stored version is still the entity's" : "")
        .addStatement("$T u = new $T($L)", self, self, CodeBlock.join(primary.stream()
            .map(f -> CodeBlock.of("entity.$L", e.field(f).orElseThrow().getter())).toList(), ", "));
    if (versioned) {
      FieldModel v = e.versionField().orElseThrow();
      if (v.type().typeName().isPrimitive()) {
        from.addStatement("u.expectVersion(entity.$L)", v.getter());
      } else {
        from.addStatement("u.expectVersion(entity.$L == null ? 0L : entity.$L)", v.getter(), v.getter());
      }
      MethodSpec.Builder expecting = factory("of")
          .addJavadoc("An empty update of the item with this primary key, applied only if its stored version is"
              + " {@code expectedVersion} (else ConditionalCheckFailedException).\n");
      primary.forEach(f -> expecting.addParameter(type(f), f));
      type.addMethod(expecting.addParameter(long.class, "expectedVersion")
          .addStatement("return new $T($L).expectVersion(expectedVersion)", self, args).build());
    }
    type.addMethod(from.addStatement("return u").build());
  }

  private MethodSpec.Builder factory(String name) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self);
  }

  private TypeName type(String field) {
    FieldModel f = e.field(field).orElseThrow();
    return f.type().typeName();
  }
}
