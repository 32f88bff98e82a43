package dev.grainline.internal.model.aggregate;

import dev.grainline.SqlType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.Case;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One aggregate computed in a roll-up (seed 003, "metric decomposition"): the partial aggregates accumulated from
 * rows at a finer grain, the grain column a distinct aggregate keeps its values in, and the expression that merges
 * and combines the partials, over the columns of the finer-grained table.
 *
 * <p>Combiners are expression trees, so their parentheses are right by construction: the sample variance is
 * {@code (n * Σx² - (Σx)²) / (n * (n - 1))}, never {@code n * Σx² - (Σx)² / (n * n - 1)}.
 */
public record Rollup(List<Accumulated> partials, Optional<Level> level, Node combine) {
  public Rollup {
    partials = List.copyOf(partials);
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(combine, "combine");
  }

  /** A partial aggregate, accumulated from rows into the column {@code alias} of the finer-grained table. */
  public record Accumulated(String alias, Aggregate aggregate) {}

  /**
   * The extra grain columns {@code aliases} that keep the values a distinct aggregate aggregates: one for a value,
   * one per component for a tuple (a composite distinct count).
   */
  public record Level(List<String> aliases, List<Node> values, String description) {
    public Level {
      aliases = List.copyOf(aliases);
      values = List.copyOf(values);
      if (aliases.size() != values.size() || aliases.isEmpty()) {
        throw new IllegalArgumentException(aliases.size() + " level columns for " + values.size() + " values");
      }
      Objects.requireNonNull(description, "description");
    }
  }

  /**
   * {@code call}, typed {@code type}, rolled up from the table {@code partialTable}: its partials are columns named
   * {@code base} and a suffix, the values of a distinct aggregate the column {@code levelAlias} (a tuple's
   * components the columns {@code levelAlias_0}, {@code levelAlias_1}, ...). Empty when the
   * function is holistic and needs the rows, or stepwise.
   */
  public static Optional<Rollup> of(Aggregate call, SqlType type, String base, TableRef partialTable,
      String levelAlias) {
    return switch (call.function()) {
      case Splittable splittable -> {
        List<Splittable.Partial> partials = splittable.partials(call, type);
        List<Node> merged = partials.stream().<Node>map(p -> new Aggregate(p.merge(),
            List.of(ColumnRef.derived(partialTable, base + p.suffix(), p.type())), Optional.empty(), call.entity()))
            .toList();
        yield Optional.of(new Rollup(
            partials.stream().map(p -> new Accumulated(base + p.suffix(), p.accumulate())).toList(),
            Optional.empty(), splittable.combine(merged)));
      }
      case DistinctValues distinct -> {
        // A row the filter leaves out keeps NULL in every component, which the function ignores; a tuple with a
        // NULL component is no entity, so the merge leaves it out as the count over rows does.
        int width = call.args().size();
        List<String> aliases = new ArrayList<>(width);
        List<Node> values = new ArrayList<>(width);
        List<Node> columns = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
          Node argument = call.args().get(i);
          String alias = width == 1 ? levelAlias : levelAlias + "_" + i;
          aliases.add(alias);
          values.add(call.filter().<Node>map(f -> new Case(List.of(new When(f, argument)), Optional.empty()))
              .orElse(argument));
          columns.add(ColumnRef.derived(partialTable, alias, type));
        }
        Node combine = new Aggregate(distinct, columns, Optional.empty(), call.entity());
        yield Optional.of(new Rollup(List.of(), Optional.of(new Level(aliases, values,
            (width == 1 ? "the values " : "the tuples ") + base + " counts")), combine));
      }
      case Holistic holistic -> Optional.empty();
      // Computed by a plan node of its own, from rows (partials of a finer time grain would add snapshots).
      case Stepwise stepwise -> Optional.empty();
    };
  }
}
