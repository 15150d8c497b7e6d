package dev.keyway.engine.op.check;

import dev.keyway.ops.AttributeAction;
import dev.keyway.ops.ComparisonOperator;
import dev.keyway.ops.ConditionalOperator;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.ReturnValue;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.Select;
import dev.keyway.ops.StreamViewType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB lists an enum's allowed values in its own (hash-set) order in validation messages, e.g.
 * {@code [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]}. Where that order is known it is kept
 * here; other enums use their declaration order.
 */
public final class EnumOrders {
  private static final Map<Class<?>, List<String>> KNOWN =
      Map.of(
          ReturnValue.class, List.of("ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW"),
          ScalarAttributeType.class, List.of("B", "N", "S"),
          ProjectionType.class, List.of("ALL", "INCLUDE", "KEYS_ONLY"),
          StreamViewType.class, List.of("KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"),
          Select.class,
              List.of("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES"),
          ComparisonOperator.class,
              List.of(
                  "IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS", "EQ", "GT", "NOT_NULL", "NE", "LE",
                  "BEGINS_WITH", "GE", "CONTAINS"),
          AttributeAction.class, List.of("ADD", "PUT", "DELETE"),
          ConditionalOperator.class, List.of("OR", "AND"));

  private EnumOrders() {}

  public static List<String> allowedValues(Class<? extends Enum<?>> type) {
    List<String> known = KNOWN.get(type);
    if (known != null) {
      return known;
    }
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }
}
