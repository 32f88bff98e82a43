package dev.grainline.examples.differential;

import dev.grainline.runtime.DimensionRef;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dimension reference of a differential query: an attribute of the store model, unroled ({@code roles == null})
 * or through a role path ({@code v3.date.year[customer->registration]}). Written out by hand from the model's
 * classes, not read from the model, so that the oracle does not depend on what the runtime compiles.
 */
public record Dim(String entity, String attribute, List<String> roles) {
  /** Every attribute of the store model with the Java type of its values. */
  public static final Map<String, Class<?>> ATTRIBUTES = attributes();

  public Dim {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(attribute, "attribute");
    roles = roles == null ? null : List.copyOf(roles);
    if (!ATTRIBUTES.containsKey(entity + "." + attribute)) {
      throw new IllegalArgumentException("no attribute " + entity + "." + attribute + " in the store model");
    }
  }

  /** {@code Dim.of("v3.date.year")} or {@code Dim.of("v3.date.year", "customer", "registration")}. */
  public static Dim of(String qualifiedAttribute, String... roles) {
    int dot = qualifiedAttribute.lastIndexOf('.');
    return new Dim(qualifiedAttribute.substring(0, dot), qualifiedAttribute.substring(dot + 1),
        roles.length == 0 ? null : List.of(roles));
  }

  private static Map<String, Class<?>> attributes() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    for (String a : List.of("product_id")) {
      all.put("v3.product." + a, Integer.class);
    }
    for (String a : List.of("name", "category", "subcategory")) {
      all.put("v3.product." + a, String.class);
    }
    all.put("v3.product.price", Double.class);
    all.put("v3.customer.customer_id", Integer.class);
    all.put("v3.customer.name", String.class);
    all.put("v3.customer.email", String.class);
    all.put("v3.date.date_id", Integer.class);
    all.put("v3.date.date_value", LocalDateTime.class);
    for (String a : List.of("day_of_week", "week", "month", "quarter", "year")) {
      all.put("v3.date." + a, Integer.class);
    }
    all.put("v3.location.location_id", Integer.class);
    for (String a : List.of("postal_code", "city", "region", "country")) {
      all.put("v3.location." + a, String.class);
    }
    all.put("v3.order_details.order_id", Integer.class);
    all.put("v3.order_details.line_number", Integer.class);
    all.put("v3.order_details.status", String.class);
    all.put("v3.page_views_enriched.view_id", Integer.class);
    all.put("v3.page_views_enriched.page_type", String.class);
    return Map.copyOf(all);
  }

  public Class<?> javaType() {
    return ATTRIBUTES.get(entity + "." + attribute);
  }

  /** The name as a result column and the text API know it: {@code v3.location.country[customer->home]}. */
  public String name() {
    return entity + "." + attribute + (roles == null ? "" : "[" + String.join("->", roles) + "]");
  }

  /** The typed reference. Its type parameter is erased to Object so that filters can be built generically. */
  @SuppressWarnings("unchecked")
  public DimensionRef<Object> ref() {
    return DimensionRef.of(entity, attribute, (Class<Object>) javaType(),
        roles == null ? new String[0] : roles.toArray(String[]::new));
  }

  @Override
  public String toString() {
    return name();
  }
}
