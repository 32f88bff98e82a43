package dev.grainline.dsl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A physical table; its columns are declared where they are used, with their type. */
public interface Table {
  /** This table under another alias, to read it twice in one source or to keep generated SQL short. */
  Table as(String alias);

  Column<Integer> intCol(String name);

  Column<Long> longCol(String name);

  Column<Double> doubleCol(String name);

  Column<BigDecimal> decimalCol(String name);

  Column<String> textCol(String name);

  Column<Boolean> boolCol(String name);

  Column<LocalDate> dateCol(String name);

  Column<LocalDateTime> timestampCol(String name);
}
