package dev.grainline.internal.model.schema;

import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.LinkDef;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.Model;
import dev.grainline.SqlType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.text.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule that checks a model against a database schema, at run time against JDBC metadata and at compile time
 * against DDL files: every table the entities' sources read exists (after schema mapping, under the database's rule
 * for names), every column that attributes, periods, links, join conditions and metrics read exists in its table,
 * and each has a type its declaration reads ({@link ColumnTypes}).
 */
public final class SchemaCheck {
  private SchemaCheck() {}

  /**
   * The database schemas the model reads, after mapping: the names a reader must read, "" standing for the
   * database's default schema (tables named without a schema).
   */
  public static Set<String> databaseSchemas(Model model, Map<String, String> schemaMapping) {
    Set<String> schemas = new LinkedHashSet<>();
    for (Entity entity : model.entities()) {
      entity.source().tables().forEach(t -> schemas.add(schemaMapping.getOrDefault(t.schema(), t.schema())));
    }
    return schemas;
  }

  /** Compares everything the model reads with the snapshot, and reports every mismatch. */
  public static SchemaComparison check(Model model, SchemaSnapshot snapshot, Map<String, String> schemaMapping) {
    Reads reads = Reads.of(model);
    List<SchemaMismatch> mismatches = new ArrayList<>();
    Map<TableName, DatabaseTable> found = new LinkedHashMap<>();
    reads.tables.forEach((table, uses) -> {
      String schema = schemaMapping.getOrDefault(table.schema(), table.schema());
      Optional<DatabaseTable> match = snapshot.table(schema, table.name());
      if (match.isPresent()) {
        found.put(table, match.get());
        return;
      }
      List<DatabaseTable> inSchema = snapshot.tablesIn(schema);
      List<String> suggestions = Suggestions.closest(table.name(), inSchema.stream().map(DatabaseTable::name).toList())
          .stream().map(name -> new TableName(table.schema(), name).qualified()).toList();
      mismatches.add(new SchemaMismatch.MissingTable(table.qualified(), new TableName(schema, table.name())
          .qualified(), !inSchema.isEmpty(), suggestions, uses));
    });
    reads.columns.forEach((column, uses) -> {
      DatabaseTable table = found.get(column.table());
      if (table == null) {
        return; // the table's mismatch says it all
      }
      Optional<DatabaseColumn> match = table.column(column.name(), snapshot.matching());
      if (match.isEmpty()) {
        List<String> names = table.columns().stream().map(DatabaseColumn::name).toList();
        mismatches.add(new SchemaMismatch.MissingColumn(column.table().qualified(), column.name(),
            Suggestions.closest(column.name(), names), uses));
      } else if (!ColumnTypes.accepts(column.type(), column.storage(), match.get().kind())) {
        mismatches.add(new SchemaMismatch.WrongType(column.table().qualified(), column.name(), column.type(),
            column.storage(), match.get(), uses));
      }
    });
    Set<TableColumn> distinctColumns = new HashSet<>();
    reads.columns.keySet().forEach(c -> distinctColumns.add(new TableColumn(c.table(), c.name())));
    return new SchemaComparison(model.name(), snapshot.description(), reads.tables.size(), distinctColumns.size(),
        mismatches);
  }

  /** A physical table as the model names it, whatever alias its sources read it under. */
  private record TableName(String schema, String name) {
    static TableName of(TableRef table) {
      return new TableName(table.schema(), table.name());
    }

    String qualified() {
      return schema.isEmpty() ? name : schema + "." + name;
    }
  }

  private record TableColumn(TableName table, String name) {}

  /** A column as the model declares it. Declaring one column with two types is an assembly error already. */
  private record ColumnName(TableName table, String name, SqlType type, ColumnRef.Storage storage) {}

  /** Every table and column the model reads, each with the places that read it, in model order. */
  private static final class Reads {
    final Map<TableName, List<SchemaUse>> tables = new LinkedHashMap<>();
    final Map<ColumnName, List<SchemaUse>> columns = new LinkedHashMap<>();
    /** Per table or column: the (reader, node) pairs already recorded, nodes by identity. */
    private final Map<Object, Map<Object, Set<String>>> seen = new LinkedHashMap<>();

    static Reads of(Model model) {
      Reads reads = new Reads();
      for (Entity entity : model.entities()) {
        String kind = entity.kind().name().toLowerCase(Locale.ROOT);
        for (TableRef table : entity.source().tables()) {
          reads.table(table, new SchemaUse(kind + " " + entity.name(), entity.origin(), table));
        }
        for (EntitySource.Join join : entity.source().joins()) {
          reads.columns(join.on(), "the join of " + join.table() + " in " + entity.name(), entity.origin());
        }
        for (AttributeDef attribute : entity.attributes()) {
          String reader = "attribute " + attribute.qualifiedName();
          reads.columns(attribute.expr(), reader, attribute.origin());
          attribute.period().ifPresent(p -> reads.columns(p.date(), reader, attribute.origin()));
        }
        for (LinkDef link : entity.links()) {
          link.fromExprs().forEach(e -> reads.columns(e, "link " + link.describe(), link.origin()));
        }
      }
      for (MetricDef metric : model.metrics()) {
        reads.columns(metric.formula(), "metric " + metric.name(), metric.origin());
      }
      return reads;
    }

    private void table(TableRef table, SchemaUse use) {
      if (firstTime(TableName.of(table), use)) {
        tables.computeIfAbsent(TableName.of(table), t -> new ArrayList<>()).add(use);
      }
    }

    private void columns(Node expr, String reader, Origin origin) {
      for (ColumnRef column : Nodes.collect(expr, ColumnRef.class)) {
        ColumnName name = new ColumnName(TableName.of(column.table()), column.column(), column.type(),
            column.storage());
        SchemaUse use = new SchemaUse(reader, origin, column);
        if (firstTime(name, use)) {
          columns.computeIfAbsent(name, c -> new ArrayList<>()).add(use);
        }
      }
    }

    /** Whether this reader reads this table or column through this node for the first time. */
    private boolean firstTime(Object key, SchemaUse use) {
      return seen.computeIfAbsent(key, k -> new IdentityHashMap<>())
          .computeIfAbsent(use.node(), n -> new HashSet<>())
          .add(use.describe());
    }
  }
}
