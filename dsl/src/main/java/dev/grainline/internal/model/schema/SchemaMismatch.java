package dev.grainline.internal.model.schema;

import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.expr.Node.ColumnRef.Storage;
import dev.grainline.SqlType;
import dev.grainline.internal.model.text.Suggestions;
import dev.grainline.internal.model.validation.Diagnostic;
import dev.grainline.internal.model.validation.Message;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A difference between what the model reads and what the database has. Each lists every place of the model that
 * reads the missing or mismatching table or column, so that one report says everything that needs fixing.
 */
public sealed interface SchemaMismatch {
  /** The stable id and template: {@link Message#SCHEMA_TABLE}, {@code SCHEMA_COLUMN} or {@code SCHEMA_TYPE}. */
  Message message();

  /** Every place that reads the table or column, in model order. */
  List<SchemaUse> uses();

  /** The message, with its id: "[GrainlineSchemaColumn] column amout is not in ...". */
  String text();

  /**
   * The mismatch as diagnostics, one for each distinct model node it is read through. Each diagnostic's origin is
   * the class of the first definition reading the node, a class-level origin: the processor then shows it where the
   * node was made, at the {@code table(...)} or {@code intCol(...)} call, wherever the definitions that read it are.
   */
  default List<Diagnostic> diagnostics() {
    Map<Object, Origin> nodes = new IdentityHashMap<>();
    List<Object> order = new ArrayList<>();
    for (SchemaUse use : uses()) {
      if (nodes.putIfAbsent(use.node(), Origin.ofClass(use.origin().className())) == null) {
        order.add(use.node());
      }
    }
    return order.stream()
        .map(node -> new Diagnostic(message(), text(), nodes.get(node), Optional.of(node)))
        .toList();
  }

  /** "attribute a at A.X, metric b at B.Y": each reading definition once. */
  private static String readers(List<SchemaUse> uses) {
    Set<String> readers = new LinkedHashSet<>();
    uses.forEach(u -> readers.add(u.describe()));
    return String.join(", ", readers);
  }

  /**
   * The model reads a table the database does not have. {@code table} is the name as the model writes it,
   * {@code databaseTable} the name it is read under after schema mapping; suggestions are in the model's terms.
   */
  record MissingTable(String table, String databaseTable, boolean schemaExists, List<String> suggestions,
      List<SchemaUse> uses) implements SchemaMismatch {
    public MissingTable {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(databaseTable, "databaseTable");
      suggestions = List.copyOf(suggestions);
      uses = List.copyOf(uses);
    }

    @Override
    public Message message() {
      return Message.SCHEMA_TABLE;
    }

    @Override
    public String text() {
      String schema = databaseTable.contains(".") ? databaseTable.substring(0, databaseTable.lastIndexOf('.')) : "";
      String mapped = databaseTable.equals(table) ? "" : " as " + databaseTable;
      if (suggestions.isEmpty() && !schemaExists && !schema.isEmpty()) {
        return Message.SCHEMA_TABLE_NO_SCHEMA.format(table, mapped, readers(uses), schema);
      }
      String didYouMean = suggestions.isEmpty() ? "" : "; did you mean " + Suggestions.orList(suggestions) + "?";
      return message().format(table, mapped, readers(uses), didYouMean);
    }
  }

  /** The table is there, but not the column. */
  record MissingColumn(String table, String column, List<String> suggestions, List<SchemaUse> uses)
      implements SchemaMismatch {
    public MissingColumn {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(column, "column");
      suggestions = List.copyOf(suggestions);
      uses = List.copyOf(uses);
    }

    @Override
    public Message message() {
      return Message.SCHEMA_COLUMN;
    }

    @Override
    public String text() {
      String tail = suggestions.isEmpty() ? "" : "; did you mean " + Suggestions.orList(suggestions) + "?";
      return message().format(column, table, readers(uses), tail);
    }
  }

  /** The column is there, but the model's column type does not read its values ({@link ColumnTypes}). */
  record WrongType(String table, String column, SqlType declared, Storage storage, DatabaseColumn actual,
      List<SchemaUse> uses) implements SchemaMismatch {
    public WrongType {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(declared, "declared");
      Objects.requireNonNull(storage, "storage");
      Objects.requireNonNull(actual, "actual");
      uses = List.copyOf(uses);
    }

    @Override
    public Message message() {
      return Message.SCHEMA_TYPE;
    }

    @Override
    public String text() {
      return message().format(column, table, ColumnTypes.dslMethod(declared, storage) + " ("
          + ColumnTypes.display(declared, storage) + ")", actual.typeName(), readers(uses),
          ColumnTypes.advice(declared, storage, actual.kind()));
    }
  }
}
