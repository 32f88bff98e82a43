package dev.grainline.processor.writing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * Java identifiers made from model names ("v3.order_details", "customer->home", "dayOfWeek"), and a scope that hands
 * each out once. Names are split into words at anything that is not a letter or digit and at lower-to-upper case
 * changes, then joined in the style asked for.
 */
final class Identifiers {
  private Identifiers() {}

  /** The words of the given name parts, lower-cased: ("v3.date", "dayOfWeek") gives v3, date, day, of, week. */
  static List<String> words(String... parts) {
    return words(Arrays.asList(parts));
  }

  static List<String> words(List<String> parts) {
    List<String> words = new ArrayList<>();
    for (String part : parts) {
      for (String chunk : part.split("[^A-Za-z0-9]+")) {
        words.addAll(camelWords(chunk));
      }
    }
    return words;
  }

  private static List<String> camelWords(String chunk) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < chunk.length(); i++) {
      char c = chunk.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(chunk.charAt(i - 1)) && !word.isEmpty()) {
        words.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
      word.append(c);
    }
    if (!word.isEmpty()) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** TOTAL_REVENUE. */
  static String constant(List<String> words) {
    return startable(words.stream().map(w -> w.toUpperCase(Locale.ROOT)).collect(Collectors.joining("_")));
  }

  /** totalRevenue. */
  static String camel(List<String> words) {
    StringBuilder name = new StringBuilder();
    for (String word : words) {
      name.append(name.isEmpty() ? word : capitalize(word));
    }
    return startable(name.toString());
  }

  /** TotalRevenue. */
  static String pascal(List<String> words) {
    return startable(words.stream().map(Identifiers::capitalize).collect(Collectors.joining()));
  }

  private static String capitalize(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** A name that may start an identifier: "7day" becomes "_7day", nothing at all becomes "_". */
  private static String startable(String name) {
    return name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) ? "_" + name : name;
  }

  /**
   * A set of names in one Java scope. {@link #claim} takes the first free candidate; when all are taken, the first
   * candidate with a number, from 2 up, so that the outcome depends only on the order of claims.
   */
  static final class Scope {
    private final Set<String> taken = new HashSet<>();
    private final Predicate<String> forbidden;
    private final String separator;

    /** {@code separator} goes between a taken name and its number: "_" for constants, "" for camel case. */
    Scope(String separator, Predicate<String> forbidden, String... reserved) {
      this.separator = separator;
      this.forbidden = forbidden;
      taken.addAll(Arrays.asList(reserved));
    }

    Scope(String separator, String... reserved) {
      this(separator, name -> false, reserved);
    }

    String claim(String... candidates) {
      for (String candidate : candidates) {
        if (free(candidate)) {
          taken.add(candidate);
          return candidate;
        }
      }
      for (int n = 2; ; n++) {
        String numbered = candidates[0] + separator + n;
        if (free(numbered)) {
          taken.add(numbered);
          return numbered;
        }
      }
    }

    void reserve(String name) {
      taken.add(name);
    }

    private boolean free(String name) {
      return !taken.contains(name) && !forbidden.test(name) && !SourceVersion.isKeyword(name);
    }
  }
}
