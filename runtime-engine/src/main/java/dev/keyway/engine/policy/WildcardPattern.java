package dev.keyway.engine.policy;

/**
 * An IAM pattern: {@code *} matches any run of characters (also none), {@code ?} any one character,
 * everything else itself. Matching is linear-time backtracking on the last {@code *}, never a
 * regular expression, so a hostile pattern or value cannot make it slow. Shared by the engine's
 * checks of policy documents and the server's evaluation of them.
 */
public record WildcardPattern(String pattern, boolean ignoreCase) {

  public static WildcardPattern caseSensitive(String pattern) {
    return new WildcardPattern(pattern, false);
  }

  public static WildcardPattern ignoringCase(String pattern) {
    return new WildcardPattern(pattern, true);
  }

  public boolean matches(String text) {
    int p = 0;
    int t = 0;
    int starP = -1;
    int starT = 0;
    while (t < text.length()) {
      if (p < pattern.length() && (pattern.charAt(p) == '?' || same(pattern.charAt(p), text.charAt(t)))) {
        p++;
        t++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        starP = p++;
        starT = t;
      } else if (starP >= 0) {
        p = starP + 1;
        t = ++starT;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  private boolean same(char a, char b) {
    return a == b || ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b);
  }

  @Override
  public String toString() {
    return pattern;
  }
}
