package dev.keyway.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.keyway.processor.model.AttrType;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.FieldModel;
import dev.keyway.processor.model.IndexModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Code for an index with a multi-attribute key: key values written exactly as items store the fields (so an
 * equality matches), and the repository's {@code query<Index>(<partition key fields>)}.
 */
final class AttributeKeyCode {
  private AttributeKeyCode() {}

  /** The stored value of {@code v} for field {@code f} (a key type: S, N or B); a null value is an error. */
  static CodeBlock value(FieldModel f, CodeBlock v) {
    CodeBlock present = f.type() instanceof AttrType.Scalar s && s.primitive() ? v
        : CodeBlock.of("$T.requireNonNull($L, $S)", Objects.class, v, "key field '" + f.name() + "' is null");
    return new ValueCode(null, Map.of()).write(f.type(), present, 0, f.ttl());
  }

  /** {@code query<Index>(game, region)}: equality on every partition key attribute, items of this type. */
  static MethodSpec query(EntityModel e, IndexModel index) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(RepositoryEmitter.queryMethod(index.name()))
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(RepositoryEmitter.QUERY, e.className()))
        .addJavadoc("Items of this type in one partition of index $L (attributes $L); add sort key conditions with\n"
            + "{@code keyEquals} and {@code keyCondition} on $L.\n", index.name(),
            String.join(", ", index.partitionKeys()),
            index.sortKeys().isEmpty() ? "(no sort key)" : String.join(", ", index.sortKeys()));
    m.addStatement("$T<$T, $T> key = new $T<>()", Map.class, String.class, Names.ATTRIBUTE_VALUE,
        LinkedHashMap.class);
    for (String attribute : index.partitionKeys()) {
      FieldModel f = e.fieldStoredAs(attribute).orElseThrow();
      m.addParameter(f.type().typeName(), f.name());
      m.addStatement("key.put($S, $L)", attribute, value(f, CodeBlock.of("$L", f.name())));
    }
    CodeBlock query = CodeBlock.of("query($S, key)", index.name());
    if (e.table().typeAttribute() != null) {
      query = CodeBlock.of("$L\n$>.onlyType($T.TYPE_ATTRIBUTE)$<", query, Names.schema(e));
    }
    return m.addStatement("return $L", query).build();
  }

  static ClassName operator() {
    return ClassName.get("dev.keyway.expr", "SortKeyCondition").nestedClass("Operator");
  }
}
