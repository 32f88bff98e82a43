package dev.grainline.dsl;

/** The rows of a fact: a table, or tables joined ({@code from(O).join(OI).on(...)}). */
public interface Source {
  /** An inner join: rows without a match are dropped. */
  JoinStep join(Table table);

  /** A left join: rows without a match are kept. */
  JoinStep leftJoin(Table table);

  /** The second half of a join. */
  interface JoinStep {
    Source on(Condition condition);
  }
}
