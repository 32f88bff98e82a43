package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.expr.Node;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A terminal grain group whose components are all exact distinct counts of one key (a column, or a composite
 * entity's tuple), each with its own filter or none, computed in one pass: the rows first grouped by the query grain
 * and the key (CTE {@link #keysName()}), each component's filter reduced to a flag of that (grain, key) — whether
 * any of its rows passes it — and then, per grain, the keys counted whose flag holds and whose every component is
 * non-NULL. One hash aggregation to the (grain, key) level replaces a sort-based {@code count(distinct ...)} per
 * component. Made by {@code DistinctKeyRule} from {@code group}, which it computes exactly and which explains it.
 *
 * <p>{@code key} names the key's columns in {@link #keysName()} ({@code k0}, {@code k1}, ...), in the order of the
 * counted tuple. The flag of a component with a filter is the column of the component's alias there (unique among
 * the group's columns, as the plan's names are); a component without a filter counts every key and has none.
 */
public record DistinctKeys(Aggregation group, List<GrainColumn> key) implements GroupNode {
  public DistinctKeys {
    Objects.requireNonNull(group, "group");
    key = List.copyOf(key);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a distinct-key group counts a key of at least one column");
    }
  }

  public String keysName() {
    return group.name() + "_k";
  }

  @Override
  public String name() {
    return group.name();
  }

  @Override
  public ScanSource input() {
    return group.input();
  }

  @Override
  public List<DimensionColumn> grain() {
    return group.grain();
  }

  @Override
  public List<PlannedComponent> components() {
    return group.components();
  }

  @Override
  public Optional<Node> filter() {
    return group.filter();
  }

  /** The key: the scan's rows are grouped by it below the grain (its columns are the counted aggregates' too). */
  @Override
  public List<Node> innerKeys() {
    return key.stream().map(GrainColumn::expr).toList();
  }

  @Override
  public List<String> innerGrainDescriptions() {
    return key.stream().map(GrainColumn::description).toList();
  }

  @Override
  public Optional<String> technique() {
    return Optional.of("distinct keys counted in one pass");
  }

  @Override
  public DistinctKeys withInput(ScanSource value) {
    return new DistinctKeys(group.withInput(value), key);
  }

  @Override
  public boolean materialized() {
    return group.materialized();
  }

  @Override
  public DistinctKeys materialized(boolean value) {
    return new DistinctKeys(group.materialized(value), key);
  }
}
