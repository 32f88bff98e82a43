package dev.grainline.runtime.internal.plan;

import dev.grainline.internal.model.expr.Nodes;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A CTE at an entity's key: the derived attributes ({@code perEntity}) of {@code dimension} that a query reads,
 * aggregated from {@code input}, the rows of their fact. The input carries no filter of the query, so that the values
 * are per entity whatever the query filters, but, in a tenant-bound query, the tenant restriction of every table it
 * reads (which changes no value: an entity's key includes its tenant). {@code key} are the columns of the fact's
 * last link to the dimension ({@code k_<key attribute>}, in the order of the dimension's key), by which the scans
 * that read the attributes join it; {@code columns} are the attributes' aggregates. A scan lists the CTEs it joins
 * ({@link Scan#derived}); two scans that read one are given the same value, rendered once under its name.
 */
public record EntityAttributes(String name, String dimension, Scan input, List<GrainColumn> key,
    List<PlannedComponent> columns) implements PlanNode {
  public EntityAttributes {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(input, "input");
    key = List.copyOf(key);
    columns = List.copyOf(columns);
    if (!input.derived().isEmpty() || input.where().isPresent()) {
      throw new IllegalArgumentException("the rows of derived attributes are the fact's, unfiltered: " + input);
    }
  }

  /** "derived attributes of shop.customer from shop.orders by k_customer_id: c0 = count(*)". */
  public String describe() {
    return "derived attributes " + name + " of " + dimension + " from " + input.entity() + " by "
        + key.stream().map(GrainColumn::alias).collect(Collectors.joining(", ")) + ": "
        + columns.stream().map(c -> c.alias() + " = " + Nodes.describe(c.aggregate()))
            .collect(Collectors.joining(", "))
        + (input.tenant().isEmpty() ? "" : " (tenant-bound)");
  }
}
