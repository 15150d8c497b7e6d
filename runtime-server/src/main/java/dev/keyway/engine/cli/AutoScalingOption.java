package dev.keyway.engine.cli;

import dev.keyway.engine.capacity.AutoScalingDefault;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code serve --auto-scaling target=70,min=5,max=100}: a target-tracking policy for the
 * reads and writes of every PROVISIONED table and GSI.
 */
final class AutoScalingOption implements ITypeConverter<AutoScalingDefault> {
  private static final Set<String> KEYS = Set.of("target", "min", "max");

  @Override
  public AutoScalingDefault convert(String value) {
    Map<String, String> settings = new HashMap<>();
    for (String part : value.split(",", -1)) {
      int eq = part.indexOf('=');
      String key = eq < 0 ? part.trim() : part.substring(0, eq).trim();
      if (eq < 0 || !KEYS.contains(key)) {
        throw new TypeConversionException("'" + part + "' is not one of target=PERCENT, "
            + "min=UNITS, max=UNITS (e.g. target=70,min=5,max=100)");
      }
      if (settings.put(key, part.substring(eq + 1).trim()) != null) {
        throw new TypeConversionException(key + " is given twice");
      }
    }
    for (String key : new String[] {"target", "min", "max"}) {
      if (!settings.containsKey(key)) {
        throw new TypeConversionException(key + " is missing (e.g. target=70,min=5,max=100)");
      }
    }
    try {
      return new AutoScalingDefault(number(settings, "min"), number(settings, "max"),
          number(settings, "target"));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  private static long number(Map<String, String> settings, String key) {
    try {
      return Long.parseLong(settings.get(key));
    } catch (NumberFormatException e) {
      throw new TypeConversionException(key + " must be a whole number, got '"
          + settings.get(key) + "'");
    }
  }
}
