package dev.grainline.examples.spectrum.data;

import java.util.List;

/** A row of {@code dim_event_types}, shared by all tenants. */
public record EventTypeRow(int eventTypeId, String name, String category) implements SpectrumRow {
  @Override
  public List<Object> values() {
    return SpectrumRow.of(eventTypeId, name, category);
  }
}
