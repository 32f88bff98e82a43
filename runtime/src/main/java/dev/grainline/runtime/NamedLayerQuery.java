package dev.grainline.runtime;

import dev.grainline.QueryError;
import dev.grainline.QueryException;
import dev.grainline.internal.model.NamedQueryDef;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.internal.model.expr.Node.Parameter;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.query.QuerySpec;
import dev.grainline.internal.model.text.Suggestions;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.ParameterRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named query and the values bound so far. Running it puts each value in its parameter's place, as the literal a
 * typed query would have there; the literals then become bind values like any other, so that the query's shape, and
 * so its plan, is the same for every call.
 */
final class NamedLayerQuery extends LayerQuery implements NamedMetricQuery {
  private final NamedQueryDef query;
  private final Map<String, Parameter> parameters;
  private final Map<String, Literal> values;

  NamedLayerQuery(SemanticLayer layer, NamedQueryDef query) {
    this(layer, query, Map.of());
  }

  private NamedLayerQuery(SemanticLayer layer, NamedQueryDef query, Map<String, Literal> values) {
    super(layer);
    this.query = query;
    Map<String, Parameter> byName = new LinkedHashMap<>();
    query.parameters().forEach(p -> byName.put(p.name(), p));
    this.parameters = byName;
    this.values = Map.copyOf(values);
  }

  @Override
  public String name() {
    return query.name();
  }

  @Override
  public Map<String, Class<?>> parameters() {
    Map<String, Class<?>> types = new LinkedHashMap<>();
    parameters.values().forEach(p -> types.put(p.name(), p.type().javaType()));
    return java.util.Collections.unmodifiableMap(types);
  }

  @Override
  public NamedMetricQuery bind(String parameter, Object value) {
    Arguments.present(parameter, "bind()", "parameter");
    Parameter declared = parameters.get(parameter);
    if (declared == null) {
      String known = parameters.isEmpty() ? "; it has none" : Suggestions.didYouMean(String.valueOf(parameter),
          parameters.keySet());
      throw Message.UNKNOWN_REFERENCE.queryError(parameter, "parameter of named query " + query.name(), known);
    }
    Map<String, Literal> more = new LinkedHashMap<>(values);
    more.put(parameter, ParameterRules.value(query.name(), declared, value));
    return new NamedLayerQuery(layer, query, more);
  }

  @Override
  Bound bind() {
    List<QueryError> missing = new ArrayList<>();
    for (Parameter parameter : parameters.values()) {
      if (!values.containsKey(parameter.name())) {
        String message = Message.PARAM_MISSING.format(query.name(), parameter.name(),
            ParameterRules.javaName(parameter.type()), parameter.name());
        missing.add(new QueryError(Message.PARAM_MISSING.id(), message, Optional.empty()));
      }
    }
    if (!missing.isEmpty()) {
      throw new QueryException(missing);
    }
    QuerySpec spec = query.spec();
    if (values.isEmpty()) {
      return new Bound(spec, QuerySource.NONE);
    }
    QuerySpec bound = new QuerySpec(spec.metrics(), spec.dimensions(), spec.where().map(this::substitute),
        spec.having().map(this::substitute), spec.orderBy(), spec.limit(), spec.fill(), spec.timeZone());
    return new Bound(bound, QuerySource.NONE);
  }

  private Node substitute(Node condition) {
    return Nodes.rewrite(condition, node -> node instanceof Parameter p
        ? Optional.of(values.get(p.name()))
        : Optional.empty());
  }
}
