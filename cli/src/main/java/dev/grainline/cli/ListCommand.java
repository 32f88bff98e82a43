package dev.grainline.cli;

import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.CompiledModel.AttributeInfo;
import dev.grainline.runtime.CompiledModel.MetricInfo;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.SemanticLayer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code list}: what the model offers, without a database: each metric with its type, unit, description and the
 * entities whose attributes it can be grouped by; each entity's attributes; the named queries.
 */
@Command(name = "list", description = "Lists the model's metrics (type, unit, description, the dimensions they reach),"
    + " its dimensions and attributes, and its named queries; needs no database.")
final class ListCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  private final ToolCommand tool;

  ListCommand(ToolCommand tool) {
    this.tool = tool;
  }

  @Override
  public Integer call() {
    CompiledModel model = tool.model(spec);
    PrintWriter out = spec.commandLine().getOut();
    Map<String, List<AttributeInfo>> byEntity = new LinkedHashMap<>();
    for (AttributeInfo attribute : model.attributes()) {
      byEntity.computeIfAbsent(entityOf(attribute.name()), e -> new ArrayList<>()).add(attribute);
    }
    out.println("model " + model.name() + (model.namespace().isEmpty() ? "" : ", namespace " + model.namespace())
        + ": " + count(model.metrics().size(), "metric") + ", " + count(byEntity.size(), "entity", "entities")
        + " with " + count(model.attributes().size(), "attribute") + ", "
        + count(model.namedQueries().size(), "named query", "named queries"));
    out.println();
    out.println("metrics:");
    for (MetricInfo metric : model.metrics()) {
      String unit = metric.unit().isEmpty() ? "" : ", " + metric.unit();
      out.println("  " + metric.name() + " (" + metric.type().display() + unit + ")"
          + (metric.description().isEmpty() ? "" : "  " + oneLine(metric.description())));
      out.println("      by " + String.join(", ", model.reachableEntities(metric.name())));
    }
    out.println();
    out.println("dimensions:");
    byEntity.forEach((entity, attributes) -> {
      out.println("  " + entity);
      for (AttributeInfo attribute : attributes) {
        out.println("    " + attribute.name() + " (" + attribute.type().display() + (attribute.key() ? ", key" : "")
            + ")" + (attribute.description().isEmpty() ? "" : "  " + oneLine(attribute.description())));
      }
    });
    if (!model.namedQueries().isEmpty()) {
      out.println();
      out.println("named queries:");
      // An offline layer reads each query's parameters; it renders nothing and needs no database.
      SemanticLayer layer = SemanticLayer.offline(model, Dialect.DUCKDB);
      for (String query : model.namedQueries()) {
        Map<String, Class<?>> parameters = layer.named(query).parameters();
        out.println("  " + query + (parameters.isEmpty() ? "" : parameters.entrySet().stream()
            .map(p -> p.getKey() + " " + p.getValue().getSimpleName())
            .collect(Collectors.joining(", ", " (", ")"))));
      }
    }
    return 0;
  }

  /** "v3.product" of "v3.product.category": attribute names are the entity's name and the attribute's. */
  private static String entityOf(String attribute) {
    int dot = attribute.lastIndexOf('.');
    return dot < 0 ? attribute : attribute.substring(0, dot);
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static String count(int n, String singular) {
    return count(n, singular, singular + "s");
  }

  private static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
