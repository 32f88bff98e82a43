package dev.grainline.runtime.marks;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TimeGrain;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Marks at a TIMESTAMP (microseconds), with its periods as attributes. */
@Fact("marks.marks")
public final class Marks {
  static final Table M = table("port_marks.marks");
  public static final Attribute<Integer> MARK_ID = key(M.intCol("mark_id"));
  static final Column<LocalDateTime> AT = M.timestampCol("marked_at");
  public static final Attribute<LocalDate> DAY = attribute(AT.truncatedTo(TimeGrain.DAY));
  public static final Attribute<LocalDate> WEEK = attribute(AT.truncatedTo(TimeGrain.WEEK));
  public static final Attribute<LocalDate> MONTH = attribute(AT.truncatedTo(TimeGrain.MONTH));
  public static final Attribute<LocalDate> QUARTER = attribute(AT.truncatedTo(TimeGrain.QUARTER));
  public static final Attribute<LocalDate> YEAR = attribute(AT.truncatedTo(TimeGrain.YEAR));

  public static final Measure<Long> MARK_COUNT = count();
  /** Marks 1 and 2 hold the largest bigint and 1: their sum is beyond a bigint. */
  public static final Measure<Long> BIG_SUM = sum(M.longCol("big"));

  private Marks() {}
}
