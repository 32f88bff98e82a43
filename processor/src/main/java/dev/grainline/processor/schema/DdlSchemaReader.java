package dev.grainline.processor.schema;

import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.schema.DatabaseColumn;
import dev.grainline.internal.model.schema.DatabaseTable;
import dev.grainline.internal.model.schema.SchemaSnapshot;
import dev.grainline.internal.model.schema.TypeKind;
import dev.grainline.internal.model.validation.Diagnostic;
import dev.grainline.internal.model.validation.Message;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Log;
import org.jooq.Meta;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.ParserException;
import org.jooq.tools.JooqLogger;

/**
 * Reads DDL files into the neutral snapshot the schema check compares the model with, through jOOQ's parser and DDL
 * interpreter ({@link DSLContext#meta(Query...)}): Grainline has no SQL parser of its own. Each file is parsed on
 * its own, so that a syntax error names its file, line and column; the statements of all files are then
 * interpreted together, in order, as the database would run them.
 *
 * <p>Statements jOOQ cannot interpret (functions, triggers, some index forms) can be fenced with
 * {@code /* [jooq ignore start] *&#47;} and {@code /* [jooq ignore stop] *&#47;}, jOOQ's own convention.
 */
public final class DdlSchemaReader {
  private DdlSchemaReader() {}

  /** What reading gave: the snapshot, or every problem of every file. */
  public sealed interface Result {
    record Read(SchemaSnapshot snapshot) implements Result {
      public Read {
        Objects.requireNonNull(snapshot, "snapshot");
      }
    }

    record Failed(List<Diagnostic> problems) implements Result {
      public Failed {
        problems = List.copyOf(problems);
      }
    }
  }

  /** A parsed statement and where it came from. */
  private record Statement(Query query, Path file, int number) {}

  public static Result read(List<Path> files, DdlDialect dialect) {
    // jOOQ logs its banner and tips at INFO, into javac's output; nothing it logs helps someone compiling a model.
    // The threshold is jOOQ's own, in the class loader the processor's jOOQ lives in.
    JooqLogger.globalThreshold(Log.Level.ERROR);
    DSLContext dsl = DSL.using(dialect.jooq(), new Settings()
        .withParseDialect(dialect.jooq())
        .withParseIgnoreComments(true)
        .withRenderFormatted(false));
    List<Diagnostic> problems = new ArrayList<>();
    List<Statement> statements = new ArrayList<>();
    for (Path file : files) {
      parse(dsl, file, statements, problems);
    }
    if (!problems.isEmpty()) {
      return new Result.Failed(problems);
    }
    List<Query> queries = statements.stream().map(Statement::query).toList();
    try {
      return new Result.Read(snapshot(dsl, dsl.meta(queries.toArray(Query[]::new)), dialect, files));
    } catch (RuntimeException e) {
      return new Result.Failed(List.of(interpretationProblem(dsl, statements, e)));
    }
  }

  private static void parse(DSLContext dsl, Path file, List<Statement> statements, List<Diagnostic> problems) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      problems.add(Diagnostic.of(Message.DDL_FILE, Origin.UNKNOWN, null, file, reason(e)));
      return;
    }
    try {
      int number = 0;
      for (Query query : dsl.parser().parse(text).queries()) {
        statements.add(new Statement(query, file, ++number));
      }
    } catch (ParserException e) {
      problems.add(Diagnostic.of(Message.DDL_STATEMENT, Origin.UNKNOWN, null,
          file + ":" + e.line() + ":" + e.column(), context(e), parserReason(e)));
    } catch (RuntimeException e) {
      problems.add(Diagnostic.of(Message.DDL_STATEMENT, Origin.UNKNOWN, null, file, "the file", firstLine(e)));
    }
  }

  private static String reason(IOException e) {
    return switch (e) {
      case NoSuchFileException n -> "no such file";
      case AccessDeniedException a -> "permission denied";
      case CharacterCodingException c -> "it is not UTF-8 text";
      default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    };
  }

  /** The line jOOQ marks with {@code [*]}: "create [*]tabel b (y int);". */
  private static String context(ParserException e) {
    return e.getMessage().lines().filter(l -> l.contains("[*]")).findFirst()
        .map(l -> "\"" + l.replaceFirst("^.*?\\[\\d+:\\d+] ", "").strip() + "\"")
        .orElse("the statement");
  }

  /** jOOQ's message without the position and text it appends: "TABLE, VIEW ... expected". */
  private static String parserReason(ParserException e) {
    String message = firstLine(e);
    int position = message.indexOf(": [" + e.line() + ":" + e.column() + "]");
    return position < 0 ? message : message.substring(0, position);
  }

  private static String firstLine(RuntimeException e) {
    String message = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()).strip();
    return message.lines().findFirst().orElse(message);
  }

  /**
   * The statement the interpreter failed at, found by interpreting ever longer prefixes; only on this failure path,
   * since jOOQ's exception does not say which statement it was at.
   */
  private static Diagnostic interpretationProblem(DSLContext dsl, List<Statement> statements, RuntimeException e) {
    for (int end = 1; end <= statements.size(); end++) {
      Query[] prefix = statements.subList(0, end).stream().map(Statement::query).toArray(Query[]::new);
      try {
        dsl.meta(prefix).getTables();
      } catch (RuntimeException failure) {
        Statement at = statements.get(end - 1);
        return Diagnostic.of(Message.DDL_STATEMENT, Origin.UNKNOWN, null, at.file() + ", statement " + at.number(),
            "\"" + dsl.render(at.query()) + "\"", interpreterReason(failure));
      }
    }
    return Diagnostic.of(Message.DDL_STATEMENT, Origin.UNKNOWN, null,
        statements.stream().map(s -> s.file().toString()).distinct().collect(Collectors.joining(", ")), "the files",
        interpreterReason(e));
  }

  /** "Table does not exist: b", without the ". Query: ..." jOOQ appends. */
  private static String interpreterReason(RuntimeException e) {
    String message = firstLine(e);
    int query = message.indexOf(". Query: ");
    return query < 0 ? message : message.substring(0, query);
  }

  private static SchemaSnapshot snapshot(DSLContext dsl, Meta meta, DdlDialect dialect, List<Path> files) {
    List<DatabaseTable> tables = new ArrayList<>();
    for (Table<?> table : meta.getTables()) {
      String schema = table.getSchema() == null ? "" : table.getSchema().getName();
      List<DatabaseColumn> columns = new ArrayList<>();
      for (Field<?> field : table.fields()) {
        DataType<?> type = field.getDataType();
        String shown = type.getTypeName(dsl.configuration());
        TypeKind kind = TypeKind.ofTypeName(shown);
        if (kind == TypeKind.OTHER && type.getSQLDataType() != null) {
          kind = TypeKind.ofTypeName(type.getSQLDataType().getTypeName());
        }
        columns.add(new DatabaseColumn(field.getName(), kind, shown));
      }
      tables.add(new DatabaseTable(schema, table.getName(), columns));
    }
    String description = "the DDL of " + files.stream().map(f -> String.valueOf(f.getFileName()))
        .collect(Collectors.joining(", "));
    return new SchemaSnapshot(description, "", dialect.matching(), tables);
  }
}
