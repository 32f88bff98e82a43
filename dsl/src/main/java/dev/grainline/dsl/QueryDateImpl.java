package dev.grainline.dsl;

import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.validation.Message;
import java.time.LocalDate;
import java.util.Objects;

/** {@code today()} and the dates relative to it. */
final class QueryDateImpl extends ExprImpl<LocalDate> implements QueryDate {
  /** The most units a relative date may move: more than any report looks back, far from int overflow. */
  private static final int MAX_UNITS = 100_000;

  private final Node node;

  QueryDateImpl(Node node) {
    this.node = Objects.requireNonNull(node, "node");
  }

  @Override
  Node node() {
    return node;
  }

  /** Like a column that computes a value, a field holding a relative date declares nothing by itself. */
  @Override
  public Declared declared() {
    return new Declared.Column(node);
  }

  @Override
  <R> ExprImpl<R> derive(Node derived) {
    return new ColumnImpl<>(derived);
  }

  private QueryDate moved(String method, int count, int sign, TimeGrain unit) {
    if (count < -MAX_UNITS || count > MAX_UNITS) {
      throw Message.RELATIVE_DATE_RANGE.definitionError(method, count, MAX_UNITS, unit.plural());
    }
    return count == 0 ? this : new QueryDateImpl(new Node.AddPeriods(node, sign * count, unit));
  }

  @Override
  public QueryDate plusDays(int days) {
    return moved("plusDays", days, 1, TimeGrain.DAY);
  }

  @Override
  public QueryDate minusDays(int days) {
    return moved("minusDays", days, -1, TimeGrain.DAY);
  }

  @Override
  public QueryDate plusWeeks(int weeks) {
    return moved("plusWeeks", weeks, 1, TimeGrain.WEEK);
  }

  @Override
  public QueryDate minusWeeks(int weeks) {
    return moved("minusWeeks", weeks, -1, TimeGrain.WEEK);
  }

  @Override
  public QueryDate plusMonths(int months) {
    return moved("plusMonths", months, 1, TimeGrain.MONTH);
  }

  @Override
  public QueryDate minusMonths(int months) {
    return moved("minusMonths", months, -1, TimeGrain.MONTH);
  }

  @Override
  public QueryDate plusYears(int years) {
    return moved("plusYears", years, 1, TimeGrain.YEAR);
  }

  @Override
  public QueryDate minusYears(int years) {
    return moved("minusYears", years, -1, TimeGrain.YEAR);
  }

  @Override
  public QueryDate truncatedTo(TimeGrain grain) {
    return new QueryDateImpl(new Node.TimeTrunc(node, Arguments.notNull("the grain", grain)));
  }
}
