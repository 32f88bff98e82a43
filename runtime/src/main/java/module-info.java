/**
 * Grainline's runtime: a {@code SemanticLayer} over a compiled model plans metric queries into grain-group SQL,
 * renders it with jOOQ and runs it over JDBC. Only {@code dev.grainline.runtime} is API; planning, rendering and
 * execution are internal.
 */
module dev.grainline.runtime {
  requires transitive dev.grainline.dsl;
  requires transitive java.sql;
  requires org.jooq;
  requires com.github.benmanes.caffeine;
  requires org.slf4j;

  exports dev.grainline.runtime;
}
