package dev.grainline.runtime;

import dev.grainline.Aggregability;
import java.util.List;
import java.util.Objects;

/**
 * How a query is computed: one grain group per fact (and aggregability class), each at its grain with its
 * components, how the groups are combined, and the SQL.
 */
public record Explanation(
    List<GrainGroup> grainGroups, List<String> combination, String sql, List<Object> bindValues,
    List<String> warnings) {
  public Explanation {
    grainGroups = List.copyOf(grainGroups);
    combination = List.copyOf(combination);
    Objects.requireNonNull(sql, "sql");
    bindValues = List.copyOf(bindValues);
    warnings = List.copyOf(warnings);
  }

  /** A grain group: the rows of one entity aggregated to {@code grain}. */
  public record GrainGroup(
      String name, String entity, List<String> grain, Aggregability aggregability, List<Component> components,
      List<String> joins, List<String> filters) {
    public GrainGroup {
      grain = List.copyOf(grain);
      components = List.copyOf(components);
      joins = List.copyOf(joins);
      filters = List.copyOf(filters);
    }
  }

  /**
   * A component: an aggregate computed in a grain group, how it is accumulated from rows, merged across partial
   * results and combined, and the metrics that use it.
   */
  public record Component(
      String name, String aggregate, Aggregability aggregability, String accumulate, String merge,
      List<String> metrics) {
    public Component {
      metrics = List.copyOf(metrics);
    }
  }

  /** A readable plan, as {@code explain} prints it. */
  public String render() {
    StringBuilder out = new StringBuilder();
    for (GrainGroup group : grainGroups) {
      out.append("grain group ").append(group.name()).append(": ").append(group.entity())
          .append(" at grain ").append(group.grain().isEmpty() ? "(all rows)" : String.join(", ", group.grain()))
          .append(" [").append(group.aggregability()).append("]\n");
      for (String join : group.joins()) {
        out.append("  join ").append(join).append('\n');
      }
      for (String filter : group.filters()) {
        out.append("  where ").append(filter).append('\n');
      }
      for (Component component : group.components()) {
        out.append("  ").append(component.name()).append(" = ").append(component.aggregate())
            .append("  [").append(component.aggregability()).append("; accumulate ").append(component.accumulate())
            .append(", merge ").append(component.merge()).append("] for ")
            .append(String.join(", ", component.metrics())).append('\n');
      }
    }
    for (String step : combination) {
      out.append(step).append('\n');
    }
    for (String warning : warnings) {
      out.append("warning: ").append(warning).append('\n');
    }
    out.append("\n").append(sql).append('\n');
    if (!bindValues.isEmpty()) {
      out.append("-- bind values: ").append(bindValues).append('\n');
    }
    return out.toString();
  }

  /** The readable plan, as {@link #render()} gives it. */
  @Override
  public String toString() {
    return render();
  }
}
