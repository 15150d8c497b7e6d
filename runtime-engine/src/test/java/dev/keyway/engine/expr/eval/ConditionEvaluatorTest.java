package dev.keyway.engine.expr.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionEvaluatorTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "s = :hello | true", "s <> :hello | false", "n = :ten | true", "n > :two | true",
        "n < :two | false", "n <= :ten | true", "n >= :ten | true", "s > :he | true",
        "s < :he | false", "s = :ten | false", "s <> :ten | true", "s < :ten | false",
        "absent = :x | false", "absent <> :x | true", "absent < :x | false",
        "b > :b12 | true", "b < :b2 | true",
        "n BETWEEN :one AND :ten | true", "n BETWEEN :one AND :two | false",
        "s BETWEEN :he AND :x | true", "absent BETWEEN :one AND :two | false",
        "n IN (:one, :ten) | true", "n IN (:one, :two) | false", "absent IN (:one) | false",
        "n = :ten AND s = :hello | true", "n = :one OR s = :hello | true",
        "NOT n = :one | true", "NOT (n = :ten AND s = :hello) | false",
        "n = :one AND s = :hello OR n = :ten | true", "n = :one AND (s = :hello OR n = :ten) | false",
        "attribute_exists(s) | true", "attribute_exists(absent) | false",
        "attribute_not_exists(absent) | true", "attribute_exists(m.deep.d) | true",
        "attribute_exists(l[2]) | true", "attribute_exists(l[3]) | false",
        "attribute_exists(m.k.x) | false",
        "attribute_type(s, :S) | true", "attribute_type(ss, :SS) | true", "attribute_type(m, :M) | true",
        "attribute_type(n, :S) | false",
        "begins_with(s, :he) | true", "begins_with(s, :x) | false", "begins_with(b, :b12) | true",
        "begins_with(n, :x) | false",
        "contains(s, :he) | true", "contains(ss, :a) | true", "contains(ss, :x) | false",
        "contains(ns, :two) | true", "contains(l, :x) | true", "contains(l, :one) | true",
        "contains(l, :a) | false", "contains(b, :b2) | true", "contains(absent, :a) | false",
        "size(s) = :ten | false", "size(l) = :one | false", "size(ss) = :two | true",
        "size(m) = :two | true", "size(ns) > :two | true", "size(n) = :one | false",
        "size(absent) = :one | false", "size(:hello) > :two | true",
        "l[0] = :x | true", "m.k = :x | false", "m.deep.d > :two | true",
      })
  void evaluates(String condition, boolean expected) {
    assertThat(Fixtures.test(condition)).isEqualTo(expected);
  }
}
