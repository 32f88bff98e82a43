package dev.grainline.examples.spectrum.data;

import java.time.OffsetDateTime;
import java.util.List;

/** A row of {@code fact_exposures}: a user's first exposure to one experiment's variant. */
public record ExposureRow(int accountId, long userId, String experiment, String variant, OffsetDateTime exposedAt)
    implements SpectrumRow {
  @Override
  public List<Object> values() {
    return SpectrumRow.of(accountId, userId, experiment, variant, exposedAt);
  }
}
