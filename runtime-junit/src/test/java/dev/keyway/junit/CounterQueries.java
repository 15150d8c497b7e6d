package dev.keyway.junit;

import dev.keyway.annotation.AccessPatterns;
import java.util.Optional;

@AccessPatterns
public interface CounterQueries {
  Optional<Counter> counter(String name);
}
