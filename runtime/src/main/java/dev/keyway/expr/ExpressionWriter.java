package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one expression tree as DynamoDB expression text, escaping every name segment through the
 * shared {@link Placeholders} and remembering which placeholders this expression used.
 */
final class ExpressionWriter {
  private final Placeholders placeholders;
  private final StringBuilder out = new StringBuilder();
  private final Map<String, String> usedNames = new LinkedHashMap<>();
  private final Map<String, AttributeValue> usedValues = new LinkedHashMap<>();

  ExpressionWriter(Placeholders placeholders) {
    this.placeholders = placeholders;
  }

  RenderedExpression result() {
    return new RenderedExpression(out.toString(), usedNames, usedValues);
  }

  void path(AttributePath path) {
    boolean first = true;
    for (PathSegment segment : path.segments()) {
      if (segment instanceof PathSegment.Name name) {
        if (!first) {
          out.append('.');
        }
        String placeholder = placeholders.name(name.name());
        usedNames.put(placeholder, name.name());
        out.append(placeholder);
      } else {
        out.append('[').append(((PathSegment.Index) segment).index()).append(']');
      }
      first = false;
    }
  }

  void value(AttributeValue value) {
    String placeholder = placeholders.value(value);
    usedValues.put(placeholder, value);
    out.append(placeholder);
  }

  ExpressionWriter text(String text) {
    out.append(text);
    return this;
  }

  void term(Term term) {
    if (term instanceof Term.PathTerm p) {
      path(p.path());
    } else if (term instanceof Term.ValueTerm v) {
      value(v.value());
    } else if (term instanceof Term.Size s) {
      function("size", s.path(), null);
    } else if (term instanceof Term.IfNotExists f) {
      function("if_not_exists", f.path(), f.fallback());
    } else if (term instanceof Term.ListAppend a) {
      text("list_append(");
      term(a.first());
      text(", ");
      term(a.second());
      text(")");
    } else if (term instanceof Term.Arithmetic a) {
      term(a.left());
      text(a.plus() ? " + " : " - ");
      term(a.right());
    } else {
      throw new AssertionError(term);
    }
  }

  void function(String name, AttributePath path, Term argument) {
    text(name).text("(");
    path(path);
    if (argument != null) {
      text(", ");
      term(argument);
    }
    text(")");
  }

  void condition(Condition condition) {
    if (condition instanceof Condition.Comparison c) {
      term(c.left());
      text(" ").text(c.operator().symbol()).text(" ");
      term(c.right());
    } else if (condition instanceof Condition.Between b) {
      term(b.subject());
      text(" BETWEEN ");
      term(b.low());
      text(" AND ");
      term(b.high());
    } else if (condition instanceof Condition.In in) {
      term(in.subject());
      text(" IN (");
      join(in.candidates());
      text(")");
    } else if (condition instanceof Condition.And and) {
      junction(and.conditions(), " AND ");
    } else if (condition instanceof Condition.Or or) {
      junction(or.conditions(), " OR ");
    } else if (condition instanceof Condition.Not not) {
      text("NOT ");
      nested(not.condition(), isFunction(not.condition()));
    } else if (condition instanceof Condition.AttributeExists e) {
      function("attribute_exists", e.path(), null);
    } else if (condition instanceof Condition.AttributeNotExists e) {
      function("attribute_not_exists", e.path(), null);
    } else if (condition instanceof Condition.AttributeType t) {
      function("attribute_type", t.path(), Term.value(AttributeValue.s(t.type().name())));
    } else if (condition instanceof Condition.BeginsWith b) {
      function("begins_with", b.path(), b.prefix());
    } else if (condition instanceof Condition.Contains c) {
      function("contains", c.path(), c.operand());
    } else {
      throw new AssertionError(condition);
    }
  }

  // AND binds tighter than OR; compound children are parenthesised so the text never depends
  // on precedence.
  private void junction(List<Condition> conditions, String separator) {
    for (int i = 0; i < conditions.size(); i++) {
      if (i > 0) {
        text(separator);
      }
      Condition child = conditions.get(i);
      nested(child, !(child instanceof Condition.And || child instanceof Condition.Or
          || child instanceof Condition.Not));
    }
  }

  private void nested(Condition condition, boolean bare) {
    if (bare) {
      condition(condition);
    } else {
      text("(");
      condition(condition);
      text(")");
    }
  }

  private static boolean isFunction(Condition c) {
    return c instanceof Condition.AttributeExists
        || c instanceof Condition.AttributeNotExists
        || c instanceof Condition.AttributeType
        || c instanceof Condition.BeginsWith
        || c instanceof Condition.Contains;
  }

  private void join(List<Term> terms) {
    for (int i = 0; i < terms.size(); i++) {
      if (i > 0) {
        text(", ");
      }
      term(terms.get(i));
    }
  }

  void paths(List<AttributePath> paths) {
    List<Term> terms = new ArrayList<>(paths.size());
    for (AttributePath p : paths) {
      terms.add(Term.path(p));
    }
    join(terms);
  }
}
