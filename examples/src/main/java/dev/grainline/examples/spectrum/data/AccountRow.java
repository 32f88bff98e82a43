package dev.grainline.examples.spectrum.data;

import java.time.OffsetDateTime;
import java.util.List;

/** A row of {@code dim_accounts}: one tenant. */
public record AccountRow(int accountId, String name, String plan, String region, OffsetDateTime createdAt)
    implements SpectrumRow {
  @Override
  public List<Object> values() {
    return SpectrumRow.of(accountId, name, plan, region, createdAt);
  }
}
