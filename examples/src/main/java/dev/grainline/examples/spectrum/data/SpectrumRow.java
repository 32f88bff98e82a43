package dev.grainline.examples.spectrum.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A row of one of Spectrum's tables; a {@code null} field is SQL NULL. */
public sealed interface SpectrumRow permits AccountRow, UserRow, EventTypeRow, EventRow, ExposureRow {
  /** The values in the table's column order ({@link SpectrumTable}); SQL NULLs are {@code null} elements. */
  List<Object> values();

  // List.of refuses nulls, and some columns are NULL on purpose.
  static List<Object> of(Object... values) {
    return Collections.unmodifiableList(Arrays.asList(values));
  }
}
