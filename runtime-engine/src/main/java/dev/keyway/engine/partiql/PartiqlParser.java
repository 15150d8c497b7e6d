package dev.keyway.engine.partiql;

import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.Operand;
import dev.keyway.engine.expr.ast.Path;
import dev.keyway.engine.expr.ast.PathElement;
import dev.keyway.engine.expr.ast.UpdateAction;
import dev.keyway.engine.expr.ast.UpdateExpression;
import dev.keyway.engine.partiql.PartiqlToken.Kind;
import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A hand-written recursive-descent parser for DynamoDB's PartiQL: SELECT, INSERT, UPDATE, DELETE
 * and (in transactions) EXISTS. Nesting is bounded by {@link #MAX_DEPTH}, so no statement can
 * exhaust the stack; every refusal is a ValidationException in DynamoDB's words.
 */
public final class PartiqlParser {
  /** Deepest nesting of parentheses, NOT, and list, map and set literals accepted. */
  public static final int MAX_DEPTH = 64;

  private final TokenStream in;
  private final ConditionParser conditions;

  private PartiqlParser(String statement, List<AttributeValue> parameters) {
    this.in = new TokenStream(PartiqlLexer.tokens(statement), parameters, MAX_DEPTH);
    this.conditions = new ConditionParser(in);
  }

  /** Parses {@code statement}, substituting {@code parameters} (null for none) for its {@code ?}s. */
  public static Statement parse(String statement, List<AttributeValue> parameters) {
    PartiqlParser p = new PartiqlParser(statement, parameters == null ? List.of() : parameters);
    Statement s = p.statement();
    p.in.expectEnd();
    p.in.checkAllParametersUsed();
    return s;
  }

  private Statement statement() {
    if (in.acceptWord("SELECT")) {
      return select();
    }
    if (in.acceptWord("INSERT")) {
      return insert();
    }
    if (in.acceptWord("UPDATE")) {
      return update();
    }
    if (in.acceptWord("DELETE")) {
      return delete();
    }
    if (in.acceptWord("EXISTS")) {
      in.expectSymbol("(");
      in.expectWord("SELECT");
      Statement.Select select = select();
      in.expectSymbol(")");
      return new Statement.Exists(select);
    }
    throw PartiqlErrors.syntax("Expected data manipulation");
  }

  private Statement.Select select() {
    List<Path> projection = new ArrayList<>();
    boolean star = false;
    do {
      if (in.acceptSymbol("*")) {
        star = true;
      } else {
        projection.add(path(in));
      }
    } while (in.acceptSymbol(","));
    if (star && !projection.isEmpty()) {
      throw PartiqlErrors.starAndOtherAttributes();
    }
    in.expectWord("FROM");
    String table = identifier(in);
    String index = in.acceptSymbol(".") ? identifier(in) : null;
    Condition where = in.acceptWord("WHERE") ? conditions.condition() : null;
    Statement.OrderBy orderBy = null;
    if (in.acceptWord("ORDER")) {
      in.expectWord("BY");
      Path path = path(in);
      boolean descending = in.acceptWord("DESC");
      if (!descending) {
        in.acceptWord("ASC");
      }
      orderBy = new Statement.OrderBy(path, descending);
    }
    return new Statement.Select(table, index, projection, where, orderBy);
  }

  private Statement insert() {
    in.expectWord("INTO");
    String table = identifier(in);
    if (!in.acceptWord("VALUE")) {
      if (in.peek().isWord("VALUES")) {
        throw PartiqlErrors.unsupported("Inserting multiple items in a single statement is not "
            + "supported, use \"INSERT INTO tableName VALUE item\" instead");
      }
      throw in.unexpected();
    }
    if (in.peek().isSymbol("<<")) {
      throw PartiqlErrors.unsupported("Inserting multiple items in a single statement is not "
          + "supported, use \"INSERT INTO tableName VALUE item\" instead");
    }
    AttributeValue item = PartiqlValues.value(in);
    if (!(item instanceof AttributeValue.M m)) {
      throw new dev.keyway.error.ValidationException("Unsupported format in item expression. "
          + "Please use struct format {...} to express item values for insert statement.");
    }
    if (in.peek().isWord("RETURNING")) {
      throw PartiqlErrors.returningOnInsert();
    }
    return new Statement.Insert(table, m.values());
  }

  private Statement update() {
    String table = identifier(in);
    Map<UpdateExpression.ClauseKind, List<UpdateAction>> actions =
        new EnumMap<>(UpdateExpression.ClauseKind.class);
    while (true) {
      if (in.acceptWord("SET")) {
        do {
          UpdateAction a = assignment();
          kindOf(a, actions).add(a);
        } while (in.acceptSymbol(","));
      } else if (in.acceptWord("REMOVE")) {
        do {
          actions.computeIfAbsent(UpdateExpression.ClauseKind.REMOVE, k -> new ArrayList<>())
              .add(new UpdateAction.Remove(path(in)));
        } while (in.acceptSymbol(","));
      } else {
        break;
      }
    }
    if (actions.isEmpty()) {
      throw in.unexpected();
    }
    if (!in.acceptWord("WHERE")) {
      throw in.peek().kind() == Kind.END ? PartiqlErrors.incompleteKey() : in.unexpected();
    }
    Condition where = conditions.condition();
    Statement.Returning returning = returning();
    List<UpdateExpression.Clause> clauses = new ArrayList<>();
    actions.forEach((kind, list) -> clauses.add(new UpdateExpression.Clause(kind, list)));
    return new Statement.Update(table, new UpdateExpression(clauses), where, returning);
  }

  private static List<UpdateAction> kindOf(
      UpdateAction a, Map<UpdateExpression.ClauseKind, List<UpdateAction>> actions) {
    UpdateExpression.ClauseKind kind = a instanceof UpdateAction.Add ? UpdateExpression.ClauseKind.ADD
        : a instanceof UpdateAction.Delete ? UpdateExpression.ClauseKind.DELETE
        : UpdateExpression.ClauseKind.SET;
    return actions.computeIfAbsent(kind, k -> new ArrayList<>());
  }

  /** {@code path = value}, with +/-, list_append, if_not_exists, set_add and set_delete. */
  private UpdateAction assignment() {
    Path target = path(in);
    in.expectSymbol("=");
    PartiqlToken t = in.peek();
    if (t.kind() == Kind.WORD && in.peek(1).isSymbol("(")) {
      String name = t.text().toLowerCase(Locale.ROOT);
      if (name.equals("set_add") || name.equals("set_delete")) {
        return setFunction(target, name);
      }
    }
    Operand value = updateTerm();
    if (in.peek().isSymbol("+") || in.peek().isSymbol("-")) {
      char operator = in.next().text().charAt(0);
      value = new Operand.Arithmetic(operator, value, updateTerm());
    }
    return new UpdateAction.Set(target, value);
  }

  private Operand updateTerm() {
    PartiqlToken t = in.peek();
    if (t.kind() == Kind.WORD && in.peek(1).isSymbol("(")) {
      String name = t.text().toLowerCase(Locale.ROOT);
      if (!name.equals("list_append") && !name.equals("if_not_exists")) {
        throw PartiqlErrors.unrecognizedFunction(t.text());
      }
      in.next();
      in.expectSymbol("(");
      in.enter();
      Operand first = updateTerm();
      in.expectSymbol(",");
      Operand second = updateTerm();
      in.expectSymbol(")");
      in.leave();
      if (name.equals("if_not_exists") && !(first instanceof Operand.PathOperand)) {
        throw in.unexpected();
      }
      return new Operand.Call(name, List.of(first, second));
    }
    if (PartiqlValues.startsValue(in)) {
      return new Operand.Literal(PartiqlValues.value(in), null);
    }
    return new Operand.PathOperand(path(in));
  }

  /** {@code set_add(path, <<...>>)} and {@code set_delete(path, <<...>>)}: ADD and DELETE. */
  private UpdateAction setFunction(Path target, String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    in.next();
    in.expectSymbol("(");
    Path first = path(in);
    if (!in.acceptSymbol(",")) {
      throw PartiqlErrors.setFunctionArity(upper);
    }
    AttributeValue set = PartiqlValues.value(in);
    if (!in.acceptSymbol(")")) {
      throw in.peek().isSymbol(",") ? PartiqlErrors.setFunctionArity(upper) : in.unexpected();
    }
    if (!first.equals(target)) {
      throw PartiqlErrors.setFunctionTarget(upper);
    }
    if (!(set instanceof AttributeValue.SS || set instanceof AttributeValue.NS
        || set instanceof AttributeValue.BS)) {
      throw PartiqlErrors.setFunctionSecondArgument(upper);
    }
    Operand value = new Operand.Literal(set, null);
    return name.equals("set_add") ? new UpdateAction.Add(target, value)
        : new UpdateAction.Delete(target, value);
  }

  private Statement delete() {
    in.expectWord("FROM");
    String table = identifier(in);
    if (!in.acceptWord("WHERE")) {
      throw in.peek().kind() == Kind.END ? PartiqlErrors.incompleteKey() : in.unexpected();
    }
    Condition where = conditions.condition();
    Statement.Returning returning = returning();
    if (returning != null && returning != Statement.Returning.ALL_OLD) {
      throw PartiqlErrors.returningOnDelete(returning.name().replace('_', ' ') + " *");
    }
    return new Statement.Delete(table, where, returning);
  }

  private Statement.Returning returning() {
    if (!in.acceptWord("RETURNING")) {
      return null;
    }
    String which = in.acceptWord("ALL") ? "ALL" : in.acceptWord("MODIFIED") ? "MODIFIED" : null;
    String image = in.acceptWord("OLD") ? "OLD" : in.acceptWord("NEW") ? "NEW" : null;
    if (which == null || image == null || !in.acceptSymbol("*")) {
      throw new dev.keyway.error.ValidationException(
          "Expected '*' after ( MODIFIED | ALL ) ( NEW | OLD ) in RETURNING clause");
    }
    return Statement.Returning.valueOf(which + "_" + image);
  }

  /** A document path: {@code "a".b[2]."c"}; names quoted or bare, indexes in brackets. */
  static Path path(TokenStream in) {
    List<PathElement> elements = new ArrayList<>();
    elements.add(new PathElement.Name(identifier(in)));
    while (true) {
      if (in.peek().isSymbol(".") && in.peek(1).kind() != Kind.END) {
        in.next();
        elements.add(new PathElement.Name(identifier(in)));
      } else if (in.acceptSymbol("[")) {
        PartiqlToken t = in.next();
        if (t.kind() == Kind.NUMBER && t.text().chars().allMatch(Character::isDigit)) {
          elements.add(index(t.text()));
        } else if (t.kind() == Kind.STRING) {
          elements.add(new PathElement.Name(t.text()));
        } else {
          throw PartiqlErrors.syntax("Unexpected path component");
        }
        in.expectSymbol("]");
      } else {
        return new Path(elements);
      }
    }
  }

  private static PathElement.Index index(String digits) {
    try {
      return new PathElement.Index(Integer.parseInt(digits), digits);
    } catch (NumberFormatException tooLarge) {
      throw new dev.keyway.error.ValidationException(
          "List index is not within the allowable range; index: [" + digits + "]");
    }
  }

  /** A table, index or attribute name: double-quoted, or a bare word that is not a keyword. */
  static String identifier(TokenStream in) {
    PartiqlToken t = in.peek();
    if (t.kind() == Kind.QUOTED_IDENTIFIER || (t.kind() == Kind.WORD && !TokenStream.isKeyword(t.text()))) {
      in.next();
      if (t.text().isEmpty()) {
        throw new dev.keyway.error.ValidationException("Path component cannot be an empty string");
      }
      return t.text();
    }
    throw in.unexpected();
  }
}
