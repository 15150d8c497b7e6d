package dev.keyway.cache;

import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.KeysAndAttributes;
import java.util.List;
import java.util.Map;

/**
 * Which attributes a read asked for. The same item read with two projections gives two different
 * answers, so the item cache keeps one answer per shape; {@link #WHOLE_ITEM} is the one writes
 * update. Shapes compare exactly: only a shape the backend once accepted is ever answered from the
 * cache, so the cache never hides a validation error.
 */
record ReadShape(List<String> attributesToGet, String projectionExpression, Map<String, String> names) {

  static final ReadShape WHOLE_ITEM = new ReadShape(null, null, null);

  static ReadShape of(GetItemRequest request) {
    return of(request.attributesToGet(), request.projectionExpression(), request.expressionAttributeNames());
  }

  static ReadShape of(KeysAndAttributes request) {
    return of(request.attributesToGet(), request.projectionExpression(), request.expressionAttributeNames());
  }

  private static ReadShape of(List<String> attributesToGet, String projection, Map<String, String> names) {
    if (attributesToGet == null && projection == null && names == null) {
      return WHOLE_ITEM;
    }
    return new ReadShape(attributesToGet, projection, names);
  }
}
