package dev.keyway.model;

import java.util.Map;

/**
 * Item and attribute sizes by DynamoDB's rules: attribute name bytes plus value bytes; strings as
 * UTF-8, numbers by {@link DynamoNumber#sizeInBytes()}, binaries raw, BOOL and NULL one byte,
 * lists and maps three bytes plus one byte per element, sets the sum of their elements.
 */
public final class ItemSize {
  /** DynamoDB's item size limit, 400 KB. */
  public static final int MAX_ITEM_BYTES = 400 * 1024;

  private ItemSize() {}

  /** Size of a whole item (or key). */
  public static long of(Map<String, AttributeValue> attributes) {
    long total = 0;
    for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
      total += Strings.utf8Length(e.getKey()) + of(e.getValue());
    }
    return total;
  }

  /** Size of one value, without its attribute name. */
  public static long of(AttributeValue value) {
    switch (value.type()) {
      case S:
        return Strings.utf8Length(((AttributeValue.S) value).value());
      case N:
        return ((AttributeValue.N) value).value().sizeInBytes();
      case B:
        return ((AttributeValue.B) value).value().length();
      case BOOL:
      case NULL:
        return 1;
      case L: {
        long size = 3;
        for (AttributeValue element : ((AttributeValue.L) value).values()) {
          size += 1 + of(element);
        }
        return size;
      }
      case M: {
        long size = 3;
        for (Map.Entry<String, AttributeValue> e : ((AttributeValue.M) value).values().entrySet()) {
          size += 1 + Strings.utf8Length(e.getKey()) + of(e.getValue());
        }
        return size;
      }
      case SS: {
        long size = 0;
        for (String s : ((AttributeValue.SS) value).values()) {
          size += Strings.utf8Length(s);
        }
        return size;
      }
      case NS: {
        long size = 0;
        for (DynamoNumber n : ((AttributeValue.NS) value).values()) {
          size += n.sizeInBytes();
        }
        return size;
      }
      case BS: {
        long size = 0;
        for (Bytes b : ((AttributeValue.BS) value).values()) {
          size += b.length();
        }
        return size;
      }
      default:
        throw new AssertionError(value.type());
    }
  }
}
