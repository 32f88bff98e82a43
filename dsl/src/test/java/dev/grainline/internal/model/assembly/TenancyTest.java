package dev.grainline.internal.model.assembly;

import static dev.grainline.dsl.Grainline.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.SqlType;
import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Source;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TenantKey;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.Tenancy;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The model's tenancy as the generated catalog assembles it (from compiled classes): the key, each scoped table with
 * its own tenant column, the shared tables; and none for a model without a key.
 */
class TenancyTest {
  @Dimension("t.account")
  static final class Account {
    static final TenantKey<Integer> TENANT = tenantKey("account_id", Integer.class).optional();
    static final Table A = table("t.accounts").scopedBy(TENANT);
    static final Attribute<Integer> ACCOUNT_ID = key(A.intCol("account_id"));
  }

  @Dimension("t.currency")
  static final class Currency {
    static final Table C = table("t.currencies").shared();
    static final Attribute<String> CODE = key(C.textCol("code"));
  }

  @Fact("t.sales")
  static final class Sales {
    static final Table S = table("t.sales").as("s").scopedBy(Account.TENANT);
    static final Table L = table("t.lines").as("l").scopedBy(Account.TENANT, "tenant");
    static final Source SOURCE = from(S).join(L)
        .on(S.intCol("sale_id").eq(L.intCol("sale_id")).and(S.intCol("account_id").eq(L.intCol("tenant"))));
    static final Attribute<Integer> SALE_ID = key(S.intCol("sale_id"));
    static final Link ACCOUNT = link(S.intCol("account_id")).to(Account.ACCOUNT_ID);
    static final Link CURRENCY = link(S.textCol("currency")).to(Currency.CODE);
    static final Measure<Long> SALES = count();
  }

  @Test
  void aTenantKeyedModelRecordsEachTablesScopeOnce() {
    Model model = ModelAssembler.assemble(
        ReflectiveDeclarations.of("TCatalog", "t", Account.class, Currency.class, Sales.class)).orThrow();
    Tenancy tenancy = model.tenancy().orElseThrow();
    assertEquals("account_id", tenancy.column());
    assertEquals(SqlType.INTEGER, tenancy.type());
    assertFalse(tenancy.required());
    assertEquals(Map.of("t.accounts", "account_id", "t.sales", "account_id", "t.lines", "tenant"),
        tenancy.scopedTables());
    assertEquals(Set.of("t.currencies"), tenancy.sharedTables());
    // Under the alias a source reads the table with, by the table's own column name.
    TableRef lines = new TableRef("t", "lines", "l");
    assertEquals(Optional.of(new ColumnRef(lines, "tenant", SqlType.INTEGER, ColumnRef.Storage.PLAIN)), tenancy.column(lines));
    assertEquals(Optional.empty(), tenancy.column(new TableRef("t", "currencies", "currencies")));
    assertTrue(tenancy.shared(new TableRef("t", "currencies", "c")));
  }

  @Dimension("u.region")
  static final class Region {
    static final Table R = table("u.regions");
    static final Attribute<Integer> REGION_ID = key(R.intCol("region_id"));
  }

  @Test
  void aModelWithoutTenantKeyHasNoTenancy() {
    Model model = ModelAssembler.assemble(ReflectiveDeclarations.of("UCatalog", "u", Region.class)).orThrow();
    assertEquals(Optional.empty(), model.tenancy());
    assertEquals(List.of(), model.entity("u.region").orElseThrow().links());
  }
}
