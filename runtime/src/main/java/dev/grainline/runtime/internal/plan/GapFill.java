package dev.grainline.runtime.internal.plan;

import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every period of a range as rows: a spine of the filled time attribute's periods, read from its calendar table's
 * own rows ({@code calendar}) or, for a time attribute of a fact, generated day by day, week by week... from the
 * period containing {@code from} to the one containing {@code to}, that pass the query's conditions on the same
 * calendar ({@code filter}, over the spine); crossed with the combinations of the other key columns ({@code others})
 * that the {@code rows} have, and full-joined with those rows, so that no row of the data is dropped.
 * {@code spineColumns} are the key columns the spine computes (the filled attribute, the other attributes of its
 * calendar, hidden periods), as expressions over the calendar table or over the generated {@link #SERIES} column;
 * {@code zeroFilled} are the components (counts and sums) that are 0 on a filled row.
 */
public record GapFill(Combine rows, Optional<TableRef> calendar, TimeGrain grain, Node spineDate,
    List<DimensionColumn> spineColumns, Optional<Node> filter, List<String> others, Node from, Node to,
    List<String> zeroFilled) implements BaseRows {
  /** The column of a generated series of period starts. */
  public static final TableRef SERIES = new TableRef("", "series", "series");

  public GapFill {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(grain, "grain");
    Objects.requireNonNull(spineDate, "spineDate");
    spineColumns = List.copyOf(spineColumns);
    Objects.requireNonNull(filter, "filter");
    others = List.copyOf(others);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    zeroFilled = List.copyOf(zeroFilled);
  }

  public GapFill withRows(Combine value) {
    return new GapFill(value, calendar, grain, spineDate, spineColumns, filter, others, from, to, zeroFilled);
  }

  @Override
  public List<DimensionOutput> keys() {
    return rows.keys();
  }

  @Override
  public List<OutputMetric> columns() {
    return rows.columns();
  }
}
