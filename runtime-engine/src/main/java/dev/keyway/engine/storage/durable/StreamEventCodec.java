package dev.keyway.engine.storage.durable;

import dev.keyway.engine.stream.ChangeRecord;
import dev.keyway.engine.stream.StreamEvent;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.streams.OperationType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The payload of a {@code streams.log} frame: one {@link StreamEvent}, kind byte first. */
final class StreamEventCodec {
  private static final int OPENED = 1, RECORDED = 2, CLOSED = 3;

  private StreamEventCodec() {}

  static void write(Encoder out, StreamEvent event) {
    if (event instanceof StreamEvent.Opened o) {
      out.u8(OPENED);
      out.string(o.arn());
      out.string(o.label());
      out.string(o.tableName());
      out.varint(o.keySchema().size());
      for (KeySchemaElement k : o.keySchema()) {
        out.string(k.attributeName());
        out.string(k.keyType().name());
      }
      out.string(o.viewType().name());
      instant(out, o.created());
      out.i64(o.startingSequence());
    } else if (event instanceof StreamEvent.Recorded r) {
      out.u8(RECORDED);
      out.string(r.arn());
      ChangeRecord c = r.record();
      out.i64(c.sequenceNumber());
      out.string(c.eventName().name());
      ValueCodec.writeItem(out, c.keys());
      optionalItem(out, c.oldImage());
      optionalItem(out, c.newImage());
      instant(out, c.approximateCreationDateTime());
      out.i64(c.sizeBytes());
      out.string(c.viewType().name());
      out.bool(c.expiry());
    } else if (event instanceof StreamEvent.Closed c) {
      out.u8(CLOSED);
      out.string(c.arn());
      instant(out, c.at());
      out.i64(c.lastSequence());
    }
  }

  static StreamEvent read(Decoder in) {
    int kind = in.u8();
    String arn = in.string();
    switch (kind) {
      case OPENED -> {
        String label = in.string();
        String table = in.string();
        int n = in.count();
        List<KeySchemaElement> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          keys.add(new KeySchemaElement(in.string(), KeyType.valueOf(in.string())));
        }
        return new StreamEvent.Opened(arn, label, table, keys, StreamViewType.valueOf(in.string()),
            instant(in), in.i64());
      }
      case RECORDED -> {
        long sequence = in.i64();
        OperationType name = OperationType.valueOf(in.string());
        Map<String, AttributeValue> keys = ValueCodec.readItem(in).attributes();
        Map<String, AttributeValue> oldImage = optionalItem(in);
        Map<String, AttributeValue> newImage = optionalItem(in);
        return new StreamEvent.Recorded(arn, new ChangeRecord(sequence, name, keys, oldImage, newImage,
            instant(in), in.i64(), StreamViewType.valueOf(in.string()), in.bool()));
      }
      case CLOSED -> {
        return new StreamEvent.Closed(arn, instant(in), in.i64());
      }
      default -> throw new MalformedRecordException("unknown stream event " + kind);
    }
  }

  private static void optionalItem(Encoder out, Map<String, AttributeValue> item) {
    out.bool(item != null);
    if (item != null) {
      ValueCodec.writeItem(out, item);
    }
  }

  private static Map<String, AttributeValue> optionalItem(Decoder in) {
    return in.bool() ? ValueCodec.readItem(in).attributes() : null;
  }

  private static void instant(Encoder out, Instant at) {
    out.i64(at.getEpochSecond());
    out.varint(at.getNano());
  }

  private static Instant instant(Decoder in) {
    return Instant.ofEpochSecond(in.i64(), in.varint());
  }
}
