/**
 * Customers and the two facts that link to them, orders and visits, whose customers carry attributes derived from
 * their orders (lifetime order count, first order month, paid revenue): the model of {@code DerivedAttributeTest}.
 */
@SemanticModel(catalog = "DerivedCatalog", namespace = "dv")
package dev.grainline.runtime.derived;

import dev.grainline.dsl.SemanticModel;
