/**
 * A two-fact shop whose rows belong to accounts (the tenant key {@code account_id}): customers keyed by
 * {@code (account_id, customer_id)}, whose ids repeat in every account, products every account shares, and orders
 * and visits scoped by account. Tenant-bound queries over it must see one account's rows only.
 */
@SemanticModel(catalog = "TenantCatalog", namespace = "mt")
package dev.grainline.runtime.tenants;

import dev.grainline.dsl.SemanticModel;
