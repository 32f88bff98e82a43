package dev.grainline.internal.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grainline.SqlType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A typed JSON path is typed by its declared type and a key test as a boolean; the document column is read only
 * through them, so a bare one (which no DSL call builds) is refused where it stands. Described in the DSL's words.
 */
class JsonTypingTest {
  private static final ColumnRef DOCUMENT = new ColumnRef(new TableRef("shop", "events", "e"), "props",
      SqlType.TEXT, ColumnRef.Storage.JSON);

  @Test
  void pathsAreTypedAndABareDocumentIsRefused() {
    List<String> errors = new ArrayList<>();
    TypeChecker checker = new TypeChecker(new TypeChecker.Scope(m -> Optional.empty(), a -> Optional.empty()),
        (node, message, args) -> errors.add(message.format(args)));
    Node amount = new Node.JsonValue(DOCUMENT, List.of("context", "amount"), SqlType.BIGINT,
        "shop.events.props.context.amount");
    Node has = new Node.JsonHas(DOCUMENT, List.of("amount"));
    assertEquals(Optional.of(SqlType.BIGINT), checker.typeOf(amount));
    assertEquals(Optional.of(SqlType.BOOLEAN), checker.typeOf(has));
    assertEquals(List.of(), errors);
    assertEquals(Optional.empty(), checker.typeOf(new Node.IsNull(DOCUMENT, false)));
    assertEquals(List.of("[GrainlineJsonType] e.props: a JSON document is read through a typed path"
        + " (path(\"key\").asInt(), has(\"key\")), not as a value"), errors);
    assertEquals("e.props.path(\"context\", \"amount\").asLong()", Nodes.describe(amount));
    assertEquals("e.props.has(\"amount\")", Nodes.describe(has));
  }

  @Test
  void aRewrittenDocumentStaysAColumn() {
    Node amount = new Node.JsonValue(DOCUMENT, List.of("amount"), SqlType.INTEGER, "shop.events.props.amount");
    TableRef scan = new TableRef("", "scan_events", "scan_events");
    Node read = Nodes.rewrite(amount, n -> n instanceof ColumnRef c
        ? Optional.of(ColumnRef.derived(scan, "e__props", c.type())) : Optional.empty());
    assertEquals(new Node.JsonValue(ColumnRef.derived(scan, "e__props", SqlType.TEXT), List.of("amount"),
        SqlType.INTEGER, "shop.events.props.amount"), read);
    assertEquals(List.of(DOCUMENT), Nodes.children(amount));
  }
}
