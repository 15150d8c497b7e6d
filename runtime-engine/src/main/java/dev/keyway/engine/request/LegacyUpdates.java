package dev.keyway.engine.request;

import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.Bytes;
import dev.keyway.model.DynamoNumber;
import dev.keyway.ops.AttributeAction;
import dev.keyway.ops.AttributeValueUpdate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The legacy AttributeUpdates parameter of UpdateItem: PUT, ADD and DELETE per attribute. */
public final class LegacyUpdates implements ItemUpdate {
  private final Map<String, AttributeValueUpdate> updates;

  private LegacyUpdates(Map<String, AttributeValueUpdate> updates) {
    this.updates = updates;
  }

  public static LegacyUpdates of(Map<String, AttributeValueUpdate> updates) {
    for (Map.Entry<String, AttributeValueUpdate> e : updates.entrySet()) {
      AttributeAction action = actionOf(e.getValue());
      AttributeValue value = e.getValue().value();
      if (action == AttributeAction.PUT && value == null) {
        throw new ValidationException("One or more parameter values were invalid: "
            + "Only DELETE action is allowed when no attribute value is specified");
      }
      if (action == AttributeAction.ADD) {
        if (value == null) {
          throw new ValidationException("One or more parameter values were invalid: "
              + "Only DELETE action is allowed when no attribute value is specified");
        }
        if (!(value instanceof AttributeValue.N) && !value.type().isSet()
            && !(value instanceof AttributeValue.L)) {
          throw new ValidationException("One or more parameter values were invalid: "
              + "ADD action is not supported for the type " + value.type());
        }
      }
      if (action == AttributeAction.DELETE && value != null && !value.type().isSet()) {
        throw new ValidationException("One or more parameter values were invalid: "
            + "DELETE action with value is not supported for the type " + value.type());
      }
    }
    return new LegacyUpdates(updates);
  }

  private static AttributeAction actionOf(AttributeValueUpdate u) {
    return u.action() == null ? AttributeAction.PUT : u.action();
  }

  @Override
  public Set<String> touchedAttributes() {
    return updates.keySet();
  }

  @Override
  public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> out = new LinkedHashMap<>(item);
    for (Map.Entry<String, AttributeValueUpdate> e : updates.entrySet()) {
      String name = e.getKey();
      AttributeValue value = e.getValue().value();
      AttributeValue current = out.get(name);
      switch (actionOf(e.getValue())) {
        case PUT:
          out.put(name, value);
          break;
        case DELETE:
          if (value == null || current == null) {
            out.remove(name);
          } else {
            AttributeValue rest = minus(current, value);
            if (rest == null) {
              out.remove(name);
            } else {
              out.put(name, rest);
            }
          }
          break;
        case ADD:
          out.put(name, current == null ? value : plus(current, value));
          break;
        default:
          throw new AssertionError();
      }
    }
    return out;
  }

  static AttributeValue plus(AttributeValue current, AttributeValue value) {
    if (current instanceof AttributeValue.N a && value instanceof AttributeValue.N b) {
      return new AttributeValue.N(a.value().add(b.value()));
    }
    if (current instanceof AttributeValue.SS a && value instanceof AttributeValue.SS b) {
      Set<String> s = new LinkedHashSet<>(a.values());
      s.addAll(b.values());
      return new AttributeValue.SS(s);
    }
    if (current instanceof AttributeValue.NS a && value instanceof AttributeValue.NS b) {
      Set<DynamoNumber> s = new LinkedHashSet<>(a.values());
      s.addAll(b.values());
      return new AttributeValue.NS(s);
    }
    if (current instanceof AttributeValue.BS a && value instanceof AttributeValue.BS b) {
      Set<Bytes> s = new LinkedHashSet<>(a.values());
      s.addAll(b.values());
      return new AttributeValue.BS(s);
    }
    if (current instanceof AttributeValue.L a && value instanceof AttributeValue.L b) {
      java.util.List<AttributeValue> l = new java.util.ArrayList<>(a.values());
      l.addAll(b.values());
      return new AttributeValue.L(l);
    }
    throw new ValidationException(
        "Type mismatch for attribute to update");
  }

  static AttributeValue minus(AttributeValue current, AttributeValue value) {
    if (current instanceof AttributeValue.SS a && value instanceof AttributeValue.SS b) {
      Set<String> r = new LinkedHashSet<>(a.values());
      r.removeAll(b.values());
      return r.isEmpty() ? null : new AttributeValue.SS(r);
    }
    if (current instanceof AttributeValue.NS a && value instanceof AttributeValue.NS b) {
      Set<DynamoNumber> r = new LinkedHashSet<>(a.values());
      r.removeAll(b.values());
      return r.isEmpty() ? null : new AttributeValue.NS(r);
    }
    if (current instanceof AttributeValue.BS a && value instanceof AttributeValue.BS b) {
      Set<Bytes> r = new LinkedHashSet<>(a.values());
      r.removeAll(b.values());
      return r.isEmpty() ? null : new AttributeValue.BS(r);
    }
    throw new ValidationException("Type mismatch for attribute to update");
  }
}
