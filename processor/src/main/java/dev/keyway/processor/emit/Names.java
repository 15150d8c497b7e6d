package dev.keyway.processor.emit;

import com.palantir.javapoet.ClassName;
import dev.keyway.processor.model.EntityModel;

/** Fixed names of generated types and members (documented in docs/generated-code.md). */
final class Names {
  static final ClassName ATTRIBUTE_VALUE = ClassName.get("dev.keyway.model", "AttributeValue");
  static final ClassName KEY = ClassName.get("dev.keyway.model", "Key");
  static final ClassName ITEM_KEY = ClassName.get("dev.keyway.model", "ItemKey");
  static final ClassName KEY_CODEC = ClassName.get("dev.keyway.codec", "KeyCodec");
  static final ClassName ITEM_CODEC = ClassName.get("dev.keyway.codec", "ItemCodec");
  static final ClassName ITEM_MODEL_SINK = ClassName.get("dev.keyway.codec", "ItemModelSink");
  static final ClassName ITEM_SINK = ClassName.get("dev.keyway.api", "ItemSink");
  static final ClassName ENTITY_SCHEMA = ClassName.get("dev.keyway.api", "EntitySchema");
  static final ClassName MAPPING_EXCEPTION = ClassName.get("dev.keyway.codec", "MappingException");

  private Names() {}

  static ClassName keys(EntityModel e) {
    return sibling(e, "Keys");
  }

  /** The typed primary key record, {@code OrderKey}. */
  static ClassName typedKey(EntityModel e) {
    return sibling(e, "Key");
  }

  static ClassName schema(EntityModel e) {
    return sibling(e, "Schema");
  }

  /** {@code Order} -> {@code OrderKeys}; nested {@code Outer.Order} -> {@code Outer_OrderKeys}. */
  static ClassName sibling(EntityModel e, String suffix) {
    return ClassName.get(e.className().packageName(), String.join("_", e.className().simpleNames()) + suffix);
  }

  /** An index name as a Java identifier prefix: {@code GSI1} -> {@code gsi1}, {@code by-status} -> {@code byStatus}. */
  static String indexIdentifier(String index) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : index.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upper = out.length() > 0;
        continue;
      }
      out.append(upper ? Character.toUpperCase(c) : c);
      upper = false;
    }
    String s = out.toString();
    if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
      s = "index" + s;
    }
    if (s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
      return s.toLowerCase(java.util.Locale.ROOT);
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
