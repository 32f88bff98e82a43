package dev.grainline.internal.model.aggregate;

import dev.grainline.SqlType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * COUNT(DISTINCT value), the number of distinct non-NULL values; when {@code approximate}, an estimate where the
 * engine has one (DuckDB), the exact count elsewhere.
 *
 * <p>Of {@code width} arguments (more than one), the number of distinct entities a link's from-columns hold, as
 * tuples: a row counts when every component is non-NULL, and two rows are the same entity when every component is
 * equal — the rule a link's join applies, where a NULL from-column matches no dimension row. {@code link} is the
 * link's field name ({@code USER}), which describes the call as the DSL wrote it: {@code countDistinct(USER)}. It is
 * empty until lowering names it, and for a count of one value. No approximate composite count is offered: the
 * engines' estimators take one scalar.
 */
public record CountDistinct(boolean approximate, int width, Optional<String> link) implements DistinctValues {
  public CountDistinct {
    Objects.requireNonNull(link, "link");
    if (width < 1 || (approximate && width > 1)) {
      throw new IllegalArgumentException("no " + (approximate ? "approximate " : "") + "count of " + width
          + " columns");
    }
  }

  /** A count of {@code width} columns, not yet named after its link. */
  public CountDistinct(boolean approximate, int width) {
    this(approximate, width, Optional.empty());
  }

  /** The same count, described by the link {@code field} whose from-columns it counts. */
  public CountDistinct named(String field) {
    return new CountDistinct(approximate, width, Optional.of(field));
  }

  @Override
  public String dslName() {
    return approximate ? "approxCountDistinct" : "countDistinct";
  }

  @Override
  public int arity() {
    return width;
  }

  @Override
  public Typing type(List<SqlType> args) {
    return new Typing.Typed(SqlType.BIGINT);
  }

  @Override
  public boolean zeroOnGap() {
    return true;
  }

  @Override
  public boolean zeroWhenMissing() {
    return true;
  }

  @Override
  public String explainAccumulate() {
    return width > 1 ? "keep the distinct tuples in the grain" : DistinctValues.super.explainAccumulate();
  }

  @Override
  public String explainMerge() {
    return approximate ? "approximate count distinct" : width > 1 ? "count distinct tuples" : "count distinct";
  }

  /** {@code countDistinct(USER)} for an entity named by its link; otherwise its name and arguments. */
  @Override
  public String describeCall(List<String> args) {
    return link.map(l -> dslName() + "(" + l + ")").orElseGet(() -> DistinctValues.super.describeCall(args));
  }
}
