package dev.keyway.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.keyway.processor.model.CollectionModel;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.IndexKeyModel;
import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.PatternModel;
import dev.keyway.processor.model.QueryPlan;
import dev.keyway.processor.model.TableModel;
import java.util.List;

/** The body of a collection access pattern: one {@code CollectionQuery} over the members' partition. */
final class CollectionQueryCode {
  static final ClassName QUERY = ClassName.get("dev.keyway.api", "CollectionQuery");

  private CollectionQueryCode() {}

  static CodeBlock body(QueryPlan p, String page) {
    CollectionModel c = p.collection();
    EntityModel first = c.members().get(0).entity();
    TableModel t = first.table();
    IndexModel index = c.index() == null ? null : t.index(c.index()).orElseThrow();
    String pkAttr = index == null || index.partitionKey() == null ? t.partitionKey() : index.partitionKey();
    String skAttr = index == null ? t.sortKey() : index.sortKey();
    List<CodeBlock> members = c.members().stream().map(m -> CodeBlock.of("new $T<$T>($T.INSTANCE, $S)",
        QUERY.nestedClass("Member"), c.className(), Names.schema(m.entity()),
        m.sk() == null ? "" : m.sk().leadingLiteral())).toList();
    CodeBlock.Builder b = CodeBlock.builder()
        .addStatement("$T query = new $T<>(backend, $T.TABLE_NAME, $L, $S, $T.$L($L), $L, $L, $T.class,"
            + "\n$>$T.of($L))$L$<",
            ParameterizedTypeName.get(QUERY, c.className()), QUERY, Names.keys(first), literal(c.index()), pkAttr,
            Names.keys(first), pkMethod(first, c.index()), String.join(", ", KeyCode.fieldNames(c.pk(),
                Integer.MAX_VALUE)), literal(skAttr), literal(t.typeAttribute()), c.className(), List.class,
            CodeBlock.join(members, ",\n"), narrowing(p, first));
    PatternModel.Returns returns = p.method().returns();
    return switch (returns) {
      case PAGE -> b.addStatement("return query.page($L)", page).build();
      case LIST -> b.addStatement("return query.list()").build();
      case STREAM -> b.addStatement("return query.stream()").build();
      case GROUPED -> b.addStatement("return $T.of(query.list())", c.groupedName()).build();
      default -> throw new IllegalStateException("a collection pattern cannot return " + returns);
    };
  }

  /** The raw sort-key range and the filters of a pattern, chained onto the query. */
  private static CodeBlock narrowing(QueryPlan p, EntityModel first) {
    CodeBlock.Builder b = CodeBlock.builder();
    if (p.rangeOp() != null) {
      String method = switch (p.rangeOp()) {
        case "BETWEEN" -> "sortKeyBetween";
        case "GE" -> "sortKeyAtLeast";
        case "LE" -> "sortKeyAtMost";
        case "GT" -> "sortKeyGreaterThan";
        default -> "sortKeyLessThan";
      };
      b.add("\n.$L($L)", method, String.join(", ", p.betweenParams()));
    }
    // members store each filtered field under one attribute name (checked), so one member's path serves all
    p.filters().forEach(f -> b.add(PatternEmitter.filter(first, f)));
    return b.build();
  }

  /** The keys method rendering the partition key: {@code pk} on the table, {@code <index>Pk} on a GSI. */
  private static String pkMethod(EntityModel e, String index) {
    if (index == null) {
      return "pk";
    }
    for (IndexKeyModel ik : e.indexKeys()) {
      if (ik.index().equals(index) && ik.pk() != null) {
        return Names.indexIdentifier(index) + "Pk";
      }
    }
    return "pk";
  }

  private static CodeBlock literal(String s) {
    return s == null ? CodeBlock.of("null") : CodeBlock.of("$S", s);
  }
}
