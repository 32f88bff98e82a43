package dev.grainline.processor.reading;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.DslValue;
import dev.grainline.internal.model.assembly.NodeCarrier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the DSL objects and model nodes of a compilation came from: the call that first produced each one, and, per
 * field, the places its initializer used each one (as a receiver, an argument or a call's result). Model nodes are
 * immutable values shared between definitions, so the same node can be produced in one field and used in many;
 * diagnostics name the declaration they are about, and are shown where that declaration's initializer mentions
 * the node.
 *
 * <p>Everything is keyed by identity: model nodes are records with value equality, and two equal literals in
 * different places are different places.
 */
public final class Provenance {
  private static final Set<String> QUERY_CLAUSES = Set.of("query", "by", "where", "having", "orderBy");

  private final Map<Object, TreePath> producers = new IdentityHashMap<>();
  private final Map<Origin, Map<Object, List<TreePath>>> uses = new HashMap<>();

  /** Records that the call at {@code call}, in the initializer of {@code field}, returned {@code value}. */
  void produced(Object value, TreePath call, Origin field) {
    for (Object part : parts(value)) {
      producers.putIfAbsent(part, call);
      used(field, part, call);
    }
  }

  /**
   * Records that {@code value}, returned by the call at {@code call}, restates {@code original}: a link given a role
   * is still the link its {@code to(...)} made, and is shown there.
   */
  void restated(Object value, Object original, TreePath call, Origin field) {
    produced(value, producers.getOrDefault(original, call), field);
  }

  /** Records that the initializer of {@code field} mentions {@code value} at {@code where}. */
  void used(Object value, TreePath where, Origin field) {
    for (Object part : parts(value)) {
      used(field, part, where);
    }
  }

  private void used(Origin field, Object part, TreePath where) {
    uses.computeIfAbsent(field, f -> new IdentityHashMap<>()).computeIfAbsent(part, p -> new ArrayList<>(1))
        .add(where);
  }

  /**
   * Where to show a diagnostic about {@code node} that belongs to {@code origin}: a place where the origin's
   * initializer mentions the node, preferably inside an argument of a call named in {@code clauses} (a metric in
   * {@code where(...)} rather than in {@code query(...)}), the first such place or, for a {@code repetition} such as
   * a metric requested twice, the second; for a class-level origin, the call that produced the node wherever it is;
   * empty when neither is known, and the caller falls back to the declaration itself.
   */
  public Optional<TreePath> locate(Object node, Origin origin, Set<String> clauses, boolean repetition) {
    List<TreePath> local = uses.getOrDefault(origin, Map.of()).getOrDefault(node, List.of());
    if (!local.isEmpty()) {
      List<TreePath> inClause = local.stream().filter(p -> clauseOf(p).filter(clauses::contains).isPresent())
          .toList();
      List<TreePath> candidates = inClause.isEmpty() ? local : inClause;
      return Optional.of(repetition && candidates.size() > 1 ? candidates.get(1) : candidates.get(0));
    }
    if (origin.member().isEmpty()) {
      return Optional.ofNullable(producers.get(node));
    }
    return Optional.empty();
  }

  /**
   * The name of the innermost call that has {@code path} inside one of its arguments and whose name is a clause of
   * a named query ({@code query}, {@code by}, {@code where}, {@code having}, {@code orderBy}).
   */
  private static Optional<String> clauseOf(TreePath path) {
    for (TreePath child = path, parent = path.getParentPath(); parent != null;
        child = parent, parent = parent.getParentPath()) {
      if (parent.getLeaf() instanceof MethodInvocationTree call && call.getArguments().contains(child.getLeaf())) {
        String name = switch (call.getMethodSelect()) {
          case MemberSelectTree select -> select.getIdentifier().toString();
          case IdentifierTree identifier -> identifier.getName().toString();
          default -> "";
        };
        if (QUERY_CLAUSES.contains(name)) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A DSL object and the model nodes inside it that the model assembler may report about. Values that are not
   * Grainline objects (strings, numbers) are not places of anything.
   */
  private static List<Object> parts(Object value) {
    if (value instanceof NodeCarrier carrier) {
      // A JSON document column: the schema check reports its column at the node every typed path shares.
      return List.of(value, carrier.carried());
    }
    if (!(value instanceof DslValue dsl)) {
      // Other Grainline values (a time grain, a window frame) are places too; strings and numbers are not.
      return value != null && value.getClass().getName().startsWith("dev.grainline.") ? List.of(value) : List.of();
    }
    return switch (dsl.declared()) {
      case Declared.Metric metric -> List.of(value, metric.metric().definition(), metric.use());
      case Declared.Attribute attribute -> List.of(value, attribute.use(), attribute.decl(),
          attribute.decl().definition());
      case Declared.Column column -> List.of(value, column.expression());
      case Declared.Condition condition -> List.of(value, condition.condition());
      case Declared.Sort sort -> List.of(value, sort.expression());
      // The schema check reports a missing table at the model's TableRef.
      case Declared.Table table -> List.of(value, table.table());
      case Declared.Source source -> List.of(value);
      case Declared.TenantKey key -> List.of(value);
      case Declared.Link link -> List.of(value);
      case Declared.Query query -> List.of(value);
      case Declared.PendingWindow window -> List.of(value);
      case Declared.NotDsl notDsl -> List.of(value);
    };
  }

}
