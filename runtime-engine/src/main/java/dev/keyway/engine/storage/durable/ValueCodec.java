package dev.keyway.engine.storage.durable;

import dev.keyway.engine.storage.StoredItem;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.Bytes;
import dev.keyway.model.DynamoNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binary form of attribute values and items: a one-byte type tag, then the value (strings and
 * binaries length-prefixed, numbers as their decimal text so no digit is lost, containers as a
 * count and their elements). Items are a count, then name and value pairs in stored order.
 */
final class ValueCodec {
  private static final int S = 1, N = 2, B = 3, TRUE = 4, FALSE = 5, NULL = 6, L = 7, M = 8,
      SS = 9, NS = 10, BS = 11;

  private ValueCodec() {}

  static void writeItem(Encoder out, Map<String, AttributeValue> item) {
    out.varint(item.size());
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      out.string(e.getKey());
      write(out, e.getValue());
    }
  }

  static StoredItem readItem(Decoder in) {
    return StoredItem.of(readMap(in));
  }

  static void write(Encoder out, AttributeValue value) {
    if (value instanceof AttributeValue.S s) {
      out.u8(S);
      out.string(s.value());
    } else if (value instanceof AttributeValue.N n) {
      out.u8(N);
      out.string(n.text());
    } else if (value instanceof AttributeValue.B b) {
      out.u8(B);
      out.bytes(b.value().toByteArray());
    } else if (value instanceof AttributeValue.Bool b) {
      out.u8(b.value() ? TRUE : FALSE);
    } else if (value instanceof AttributeValue.Null) {
      out.u8(NULL);
    } else if (value instanceof AttributeValue.L l) {
      out.u8(L);
      out.varint(l.values().size());
      for (AttributeValue v : l.values()) {
        write(out, v);
      }
    } else if (value instanceof AttributeValue.M m) {
      out.u8(M);
      writeItem(out, m.values());
    } else if (value instanceof AttributeValue.SS ss) {
      out.u8(SS);
      out.varint(ss.values().size());
      ss.values().forEach(out::string);
    } else if (value instanceof AttributeValue.NS ns) {
      out.u8(NS);
      out.varint(ns.values().size());
      ns.values().forEach(n -> out.string(n.toString()));
    } else if (value instanceof AttributeValue.BS bs) {
      out.u8(BS);
      out.varint(bs.values().size());
      bs.values().forEach(b -> out.bytes(b.toByteArray()));
    } else {
      throw new AssertionError(value);
    }
  }

  static AttributeValue read(Decoder in) {
    int tag = in.u8();
    switch (tag) {
      case S: return AttributeValue.s(in.string());
      case N: return AttributeValue.n(in.string());
      case B: return new AttributeValue.B(Bytes.wrap(in.bytes()));
      case TRUE: return AttributeValue.bool(true);
      case FALSE: return AttributeValue.bool(false);
      case NULL: return AttributeValue.nul();
      case L: {
        int n = in.count();
        List<AttributeValue> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          values.add(read(in));
        }
        return AttributeValue.list(values);
      }
      case M: return AttributeValue.map(readMap(in));
      case SS: {
        int n = in.count();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          values.add(in.string());
        }
        return AttributeValue.stringSet(values);
      }
      case NS: {
        int n = in.count();
        List<DynamoNumber> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          values.add(DynamoNumber.parse(in.string()));
        }
        return AttributeValue.numberSet(values);
      }
      case BS: {
        int n = in.count();
        List<Bytes> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          values.add(Bytes.wrap(in.bytes()));
        }
        return AttributeValue.binarySet(values);
      }
      default: throw new MalformedRecordException("unknown value tag " + tag);
    }
  }

  private static Map<String, AttributeValue> readMap(Decoder in) {
    int n = in.count();
    Map<String, AttributeValue> map = new LinkedHashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String name = in.string();
      map.put(name, read(in));
    }
    return map;
  }
}
