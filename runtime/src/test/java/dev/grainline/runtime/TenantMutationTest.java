package dev.grainline.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.query.QuerySpec;
import dev.grainline.internal.model.query.TenantScope;
import dev.grainline.runtime.internal.execution.Cancellation;
import dev.grainline.runtime.internal.execution.EngineOptions;
import dev.grainline.runtime.internal.execution.QueryEngine;
import dev.grainline.runtime.internal.execution.RunOptions;
import dev.grainline.runtime.internal.plan.JoinStep;
import dev.grainline.runtime.internal.plan.PlanNodes;
import dev.grainline.runtime.internal.plan.Scan;
import dev.grainline.runtime.internal.plan.rewrite.PlanRule;
import dev.grainline.runtime.internal.planning.Evaluation;
import dev.grainline.runtime.tenants.TenantData;
import dev.grainline.runtime.tenants.TenantOracle;
import dev.grainline.runtime.tenants.TenantModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The tenant oracle tests can fail: with a plan rule that drops every tenant restriction (what a planner that forgot
 * the tenant in one construction site would produce), the same bound query reads other tenants' rows and no longer
 * equals the oracle; with the rules as they are, it does. On DuckDB, over the tenant model's data.
 */
class TenantMutationTest {
  private static final TenantData DATA = new TenantData(20261204L);
  private static final DataSource DUCKDB = Databases.loaded(Databases.duckdb(),
      DATA.statements("mt", List.of("CREATE SCHEMA mt")));

  /** Every scan and join of the plan with its tenant restriction removed. */
  private static final PlanRule FORGET_THE_TENANT = plan -> PlanNodes.rewrite(plan, node -> node instanceof Scan scan
      ? new Scan(scan.name(), scan.entity(), scan.source(), scan.joins().stream().map(TenantMutationTest::unrestricted)
          .toList(), scan.where(), scan.shared(), scan.localTime(), List.of(), scan.derived())
      : node);

  private static JoinStep unrestricted(JoinStep step) {
    return new JoinStep(step.table(), step.type(), step.from(), step.to(), step.description(), Optional.empty());
  }

  private static List<List<Object>> run(List<PlanRule> rules, int tenant) {
    QueryEngine engine = new QueryEngine(TenantModel.MODEL.model(), Optional.of(DUCKDB), Optional.empty(),
        new EngineOptions(Map.of(), 10, Duration.ofSeconds(30)), Evaluation.TERMINAL, rules);
    QuerySpec spec = new QuerySpec(List.of("mt.revenue", "mt.order_count"),
        List.of(new AttributeRef("mt.customer", "country", Optional.empty())), Optional.empty(), Optional.empty(),
        List.of(), OptionalLong.empty()).withTenant(new TenantScope.One(new Node.Literal(tenant,
            dev.grainline.SqlType.INTEGER)));
    List<List<Object>> rows = new ArrayList<>();
    engine.execute(engine.prepare(spec), new RunOptions(Optional.empty(), Optional.empty(), new Cancellation()))
        .forEach(row -> rows.add(Arrays.asList(row)));
    return TenantOracle.sorted(rows);
  }

  @Test
  void aPlanWithoutTheTenantRestrictionsFailsTheOracleAndThePlanWithThemPasses() {
    TenantOracle oracle = new TenantOracle(DATA);
    TenantOracle.Query query = new TenantOracle.Query(List.of("mt.revenue", "mt.order_count"),
        List.of("mt.customer.country"), Optional.empty());
    List<PlanRule> leaking = new ArrayList<>(PlanRule.ALL);
    leaking.add(FORGET_THE_TENANT);
    for (int tenant : TenantData.TENANTS) {
      List<List<Object>> expected = TenantOracle.sorted(oracle.rows(query, Optional.of(tenant)));
      assertEquals(expected, run(PlanRule.ALL, tenant), "tenant " + tenant);
      assertNotEquals(expected, run(leaking, tenant), "tenant " + tenant + " without its restrictions");
    }
  }
}
