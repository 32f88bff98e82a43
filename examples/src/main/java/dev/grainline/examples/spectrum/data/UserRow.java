package dev.grainline.examples.spectrum.data;

import java.time.OffsetDateTime;
import java.util.List;

/** A row of {@code dim_users}; {@code country} is {@code null} (SQL NULL) for some users. */
public record UserRow(int accountId, long userId, OffsetDateTime signupAt, String country, String device)
    implements SpectrumRow {
  @Override
  public List<Object> values() {
    return SpectrumRow.of(accountId, userId, signupAt, country, device);
  }
}
