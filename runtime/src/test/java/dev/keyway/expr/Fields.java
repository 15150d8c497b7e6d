package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.math.BigDecimal;

/** Constants shaped like generated field classes; several names are DynamoDB reserved words. */
final class Fields {
  enum Status {
    PENDING,
    PAID
  }

  static final StringPath PK = Paths.string("PK");
  static final StringPath SK = Paths.string("SK");
  static final StringPath NAME = Paths.string("name");
  static final ConvertedPath<Status> STATUS = Paths.enumeration("status", Status.class);
  static final NumberPath<BigDecimal> TOTAL = Paths.number("total", BigDecimal.class);
  static final NumberPath<Long> STOCK = Paths.number("stock", Long.class);
  static final NumberPath<Integer> SIZE = Paths.number("size", Integer.class);
  static final BooleanPath ACTIVE = Paths.bool("active");
  static final BinaryPath DATA = Paths.binary("data");
  static final SetPath<String> TAGS = Paths.stringSet("tags");
  static final SetPath<Integer> SCORES = Paths.numberSet("scores", Integer.class);
  static final SetPath<byte[]> BLOBS = Paths.binarySet("blobs");
  static final ListPath<String> LINES = Paths.list("lines", String.class);
  static final MapPath ADDRESS = Paths.map("address");
  static final NumberPath<Long> VERSION =
      Paths.number(AttributePath.parse("meta.version"), Long.class);

  static AttributeValue s(String v) {
    return AttributeValue.s(v);
  }

  static AttributeValue n(String v) {
    return AttributeValue.n(v);
  }

  private Fields() {}
}
