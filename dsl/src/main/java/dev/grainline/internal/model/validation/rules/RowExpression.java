package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.expr.Node;

/**
 * A row-level expression of {@code entity} (an attribute, a link's column, a join condition, a period's date), lowered;
 * {@code what} names it in messages, as "attribute v3.order_details.revenue".
 */
public record RowExpression(Node expr, String what, String entity, EntitySource source, Origin origin) {}
