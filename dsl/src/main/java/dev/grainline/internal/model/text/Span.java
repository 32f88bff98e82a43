package dev.grainline.internal.model.text;

/** A span of query text: 0-based offsets, {@code end} exclusive. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
