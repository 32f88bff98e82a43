package dev.grainline.runtime.execution;

import dev.grainline.model.SemanticModel;
import dev.grainline.model.query.QuerySpec;
import dev.grainline.runtime.Dialect;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Plans, renders, caches and runs queries of one model against one database. Thread-safe. */
public final class QueryEngine {
  private final SemanticModel model;
  private final Optional<DataSource> dataSource;
  private final Optional<Dialect> dialect;
  private final EngineOptions options;

  public QueryEngine(SemanticModel model, Optional<DataSource> dataSource, Optional<Dialect> dialect,
      EngineOptions options) {
    this.model = model;
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.options = options;
  }

  public Dialect dialect() {
    return dialect.orElseThrow();
  }

  public PreparedQuery prepare(QuerySpec spec) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  public List<Object[]> execute(PreparedQuery query) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
