package dev.grainline.examples.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Row values as a list that may hold SQL NULLs ({@code List.of} refuses nulls). */
final class Rows {
  private Rows() {}

  static List<Object> of(Object... values) {
    return Collections.unmodifiableList(Arrays.asList(values));
  }
}
