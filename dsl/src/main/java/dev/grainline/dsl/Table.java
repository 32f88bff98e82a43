package dev.grainline.dsl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A physical table; its columns are declared where they are used, with their type. */
public interface Table {
  /** This table under another alias, to read it twice in one source or to keep generated SQL short. */
  Table as(String alias);

  /**
   * This table, whose rows belong to tenants: its column named like the key's ({@code account_id}) says whose. A
   * table's scope is the physical table's: {@link #as} keeps it.
   */
  Table scopedBy(TenantKey<?> key);

  /** This table, whose rows belong to tenants, by its column {@code column}: the key's column is named so here. */
  Table scopedBy(TenantKey<?> key, String column);

  /** This table, whose rows every tenant sees (a list of event types, of currencies). */
  Table shared();

  Column<Integer> intCol(String name);

  Column<Long> longCol(String name);

  Column<Double> doubleCol(String name);

  Column<BigDecimal> decimalCol(String name);

  Column<String> textCol(String name);

  Column<Boolean> boolCol(String name);

  Column<LocalDate> dateCol(String name);

  /** A {@code timestamp} (without time zone) column: its values are UTC wall-clock times. */
  Column<LocalDateTime> timestampCol(String name);

  /**
   * A {@code timestamp with time zone} column ({@code timestamptz}): a point in time, read as its UTC wall-clock
   * time whatever the session's time zone, so that its days, weeks and months are UTC's; a query {@code inTimeZone}
   * sees it in that zone.
   */
  Column<LocalDateTime> instantCol(String name);

  /**
   * A JSON document column ({@code jsonb} or {@code json} on PostgreSQL, {@code JSON} on DuckDB, {@code json} on
   * Trino), read through typed paths: {@code jsonCol("properties").path("amount_cents").asLong()}. See
   * {@link JsonColumn} for what a path reads where a key is absent, holds JSON null or a value of another kind.
   */
  JsonColumn jsonCol(String name);
}
