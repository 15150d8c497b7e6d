package dev.keyway.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One principal a resource-based policy statement names: everyone ({@code "*"}), an AWS account
 * (its id or {@code arn:aws:iam::ACCOUNT:root}), or one IAM identity by ARN.
 */
public record PolicyPrincipal(Kind kind, String account, String arn) {
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern IDENTITY_ARN =
      Pattern.compile("arn:aws:(iam|sts)::(\\d{12}):(user|role|assumed-role)/[\\w+=,.@/-]{1,512}");

  public enum Kind {
    EVERYONE,
    ACCOUNT,
    IDENTITY
  }

  /** Thrown for a Principal member that names nothing IAM knows. */
  public static final class InvalidPrincipalException extends Exception {
    InvalidPrincipalException() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads a statement's {@code Principal} member: {@code "*"}, or an object whose {@code AWS}
   * member is one string or an array of them ({@code Service} principals are accepted and never
   * match a caller of this server).
   */
  public static List<PolicyPrincipal> parse(Object member) throws InvalidPrincipalException {
    if ("*".equals(member)) {
      return List.of(new PolicyPrincipal(Kind.EVERYONE, null, null));
    }
    if (!(member instanceof Map<?, ?> map) || map.isEmpty()) {
      throw new InvalidPrincipalException();
    }
    List<PolicyPrincipal> principals = new ArrayList<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      List<String> values = strings(e.getValue());
      if ("AWS".equals(e.getKey())) {
        for (String value : values) {
          principals.add(aws(value));
        }
      } else if (!"Service".equals(e.getKey())) {
        throw new InvalidPrincipalException();
      }
    }
    return principals;
  }

  private static PolicyPrincipal aws(String value) throws InvalidPrincipalException {
    if (value.equals("*")) {
      return new PolicyPrincipal(Kind.EVERYONE, null, null);
    }
    if (ACCOUNT.matcher(value).matches()) {
      return new PolicyPrincipal(Kind.ACCOUNT, value, null);
    }
    if (value.startsWith("arn:aws:iam::") && value.endsWith(":root")) {
      String account = value.substring("arn:aws:iam::".length(), value.length() - ":root".length());
      if (ACCOUNT.matcher(account).matches()) {
        return new PolicyPrincipal(Kind.ACCOUNT, account, null);
      }
    }
    var arn = IDENTITY_ARN.matcher(value);
    if (arn.matches()) {
      return new PolicyPrincipal(Kind.IDENTITY, arn.group(2), value);
    }
    throw new InvalidPrincipalException();
  }

  private static List<String> strings(Object value) throws InvalidPrincipalException {
    if (value instanceof String s) {
      return List.of(s);
    }
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw new InvalidPrincipalException();
    }
    List<String> out = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String s)) {
        throw new InvalidPrincipalException();
      }
      out.add(s);
    }
    return out;
  }

  /** Whether this principal covers a caller of that account and identity ARN. */
  public boolean matches(String callerAccount, String callerArn) {
    return switch (kind) {
      case EVERYONE -> true;
      case ACCOUNT -> account.equals(callerAccount);
      case IDENTITY -> arn.equals(callerArn);
    };
  }
}
