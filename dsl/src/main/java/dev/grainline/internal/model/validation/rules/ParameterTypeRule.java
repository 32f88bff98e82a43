package dev.grainline.internal.model.validation.rules;

import static dev.grainline.internal.model.validation.ParameterRules.javaName;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Between;
import dev.grainline.internal.model.expr.Node.Comparison;
import dev.grainline.internal.model.expr.Node.InList;
import dev.grainline.internal.model.expr.Node.Parameter;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import dev.grainline.internal.model.validation.TypeChecker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named query's parameters: a name is one parameter of one type, and a parameter has the type of what it is
 * compared with ({@code =, <>, <, <=, >, >=, BETWEEN, IN}), the type a value of the typed API would have there.
 * Elsewhere (in arithmetic, say) the type checker's rules apply, as to any value.
 */
final class ParameterTypeRule implements Rule<NamedQueryDraft> {
  @Override
  public void check(NamedQueryDraft query, Report report) {
    List<Node> conditions = new ArrayList<>();
    query.spec().where().ifPresent(conditions::add);
    query.spec().having().ifPresent(conditions::add);
    Map<String, Parameter> first = new LinkedHashMap<>();
    for (Node condition : conditions) {
      for (Parameter parameter : Nodes.collect(condition, Parameter.class)) {
        Parameter earlier = first.putIfAbsent(parameter.name(), parameter);
        if (earlier != null && earlier.type() != parameter.type()) {
          report.add(Message.PARAM_CONFLICT, query.origin(), parameter, Nodes.describe(parameter), parameter.name(),
              javaName(parameter.type()), javaName(earlier.type()));
        }
      }
    }
    TypeChecker silent = new TypeChecker(TypeChecker.Scope.of(query.model()), (node, message, args) -> {});
    for (Node condition : conditions) {
      List<Node> nodes = new ArrayList<>();
      Nodes.walk(condition, nodes::add);
      for (Node node : nodes) {
        for (List<Node> pair : comparedPairs(node)) {
          // Both sides, unless the first already failed: each comparison is reported once.
          boolean ok = compared(query, report, node, pair.get(0), pair.get(1), silent);
          if (ok) {
            compared(query, report, node, pair.get(1), pair.get(0), silent);
          }
        }
      }
    }
  }

  private static boolean compared(NamedQueryDraft query, Report report, Node node, Node parameterSide, Node other,
      TypeChecker types) {
    if (!(parameterSide instanceof Parameter parameter) || other instanceof Parameter) {
      return true;
    }
    Optional<SqlType> type = types.typeOf(other);
    if (type.isEmpty() || type.get() == parameter.type()) {
      // An operand that does not type-check is the type checker's to report.
      return true;
    }
    report.add(Message.PARAM_TYPE, query.origin(), parameter, Nodes.describe(node), parameter.name(),
        javaName(parameter.type()), Nodes.describe(other), javaName(type.get()), parameter.name(),
        javaName(type.get()));
    return false;
  }

  private static List<List<Node>> comparedPairs(Node node) {
    if (node instanceof Comparison c) {
      return List.of(List.of(c.left(), c.right()));
    }
    if (node instanceof Between b) {
      return List.of(List.of(b.operand(), b.low()), List.of(b.operand(), b.high()));
    }
    if (node instanceof InList in) {
      return in.values().stream().map(v -> List.of(in.operand(), v)).toList();
    }
    return List.of();
  }
}
