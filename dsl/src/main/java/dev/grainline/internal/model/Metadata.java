package dev.grainline.internal.model;

import java.util.Objects;

/** What a definition tells people about itself; empty strings where nothing was said. */
public record Metadata(String description, String unit, String format) {
  public static final Metadata NONE = new Metadata("", "", "");

  public Metadata {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(format, "format");
  }
}
