package dev.grainline.dsl;

/**
 * The column that says which tenant a row belongs to ({@code account_id}): declared once per model with
 * {@link Grainline#tenantKey}, and named by every table that holds tenants' rows ({@link Table#scopedBy}). In a
 * model with a tenant key every table a source reads is {@link Table#scopedBy scoped} or {@link Table#shared
 * shared}, every link between tenant-scoped entities joins on the tenant column too, and a dimension scoped by it
 * has the tenant column in its key: javac reports each of these as an error, so that isolation cannot be forgotten.
 *
 * @param <T> the Java type of the tenant column: {@code Integer}, {@code Long} or {@code String}
 */
public interface TenantKey<T> {
  /** Queries may omit the tenant (then they read every tenant's rows); by default they must name one. */
  TenantKey<T> optional();
}
