package dev.keyway.engine.partiql;

import dev.keyway.engine.partiql.PartiqlToken.Kind;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.Bytes;
import dev.keyway.model.DynamoNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PartiQL literals as DynamoDB values: 'strings', numbers, TRUE/FALSE, NULL, [lists],
 * {'maps': ...}, <<sets>> of strings, numbers (or binary parameters), and {@code ?} parameters.
 */
final class PartiqlValues {
  private PartiqlValues() {}

  /** Whether the token at the cursor starts a literal or a parameter. */
  static boolean startsValue(TokenStream in) {
    PartiqlToken t = in.peek();
    return t.kind() == Kind.STRING || t.kind() == Kind.NUMBER || t.isSymbol("?")
        || t.isSymbol("[") || t.isSymbol("{") || t.isSymbol("<<")
        || ((t.isSymbol("-") || t.isSymbol("+")) && in.peek(1).kind() == Kind.NUMBER)
        || t.isWord("TRUE") || t.isWord("FALSE") || t.isWord("NULL") || t.isWord("MISSING");
  }

  static AttributeValue value(TokenStream in) {
    PartiqlToken t = in.next();
    switch (t.kind()) {
      case STRING:
        return AttributeValue.s(t.text());
      case NUMBER:
        return number(t.text());
      case WORD:
        if (t.isWord("TRUE") || t.isWord("FALSE")) {
          return AttributeValue.bool(t.isWord("TRUE"));
        }
        if (t.isWord("NULL")) {
          return AttributeValue.nul();
        }
        if (t.isWord("MISSING")) {
          throw PartiqlErrors.missingCompared();
        }
        break;
      case SYMBOL:
        switch (t.text()) {
          case "?":
            return in.parameter();
          case "-":
          case "+":
            if (in.peek().kind() == Kind.NUMBER) {
              return number(t.text() + in.next().text());
            }
            break;
          case "[":
            return list(in);
          case "{":
            return map(in);
          case "<<":
            return set(in);
          default:
            break;
        }
        break;
      default:
        break;
    }
    throw unexpectedPrevious(t);
  }

  private static RuntimeException unexpectedPrevious(PartiqlToken t) {
    if (t.kind() == Kind.END) {
      return PartiqlErrors.syntax("Unexpected end of statement");
    }
    return PartiqlErrors.syntax(t.kind() == Kind.WORD && TokenStream.isKeyword(t.text())
        ? "Unexpected keyword" : "Unexpected token");
  }

  private static AttributeValue number(String text) {
    return new AttributeValue.N(DynamoNumber.parse(text));
  }

  private static AttributeValue list(TokenStream in) {
    in.enter();
    List<AttributeValue> values = new ArrayList<>();
    if (!in.acceptSymbol("]")) {
      do {
        values.add(value(in));
      } while (in.acceptSymbol(","));
      in.expectSymbol("]");
    }
    in.leave();
    return AttributeValue.list(values);
  }

  private static AttributeValue map(TokenStream in) {
    in.enter();
    Map<String, AttributeValue> values = new LinkedHashMap<>();
    if (!in.acceptSymbol("}")) {
      do {
        PartiqlToken key = in.next();
        if (key.kind() != Kind.STRING) {
          throw unexpectedPrevious(key);
        }
        in.expectSymbol(":");
        if (values.put(key.text(), value(in)) != null) {
          throw PartiqlErrors.duplicateMapKey(key.text());
        }
      } while (in.acceptSymbol(","));
      in.expectSymbol("}");
    }
    in.leave();
    return AttributeValue.map(values);
  }

  private static AttributeValue set(TokenStream in) {
    in.enter();
    List<AttributeValue> members = new ArrayList<>();
    if (!in.acceptSymbol(">>")) {
      do {
        members.add(value(in));
      } while (in.acceptSymbol(","));
      in.expectSymbol(">>");
    }
    in.leave();
    if (members.isEmpty()) {
      throw PartiqlErrors.emptySet();
    }
    AttributeValue.Type type = members.get(0).type();
    for (AttributeValue m : members) {
      if (m.type() != type) {
        throw PartiqlErrors.mixedSet();
      }
    }
    switch (type) {
      case S: {
        List<String> strings = new ArrayList<>();
        members.forEach(m -> strings.add(((AttributeValue.S) m).value()));
        return AttributeValue.stringSet(strings);
      }
      case N: {
        List<DynamoNumber> numbers = new ArrayList<>();
        members.forEach(m -> numbers.add(((AttributeValue.N) m).value()));
        return AttributeValue.numberSet(numbers);
      }
      case B: {
        List<Bytes> bytes = new ArrayList<>();
        members.forEach(m -> bytes.add(((AttributeValue.B) m).value()));
        return AttributeValue.binarySet(bytes);
      }
      default:
        throw PartiqlErrors.mixedSet();
    }
  }
}
