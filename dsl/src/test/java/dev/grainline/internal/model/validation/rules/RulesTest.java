package dev.grainline.internal.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest {
  @Test
  void theRegistryListsEachRuleOnceInTheDocumentedOrder() {
    assertEquals(List.of("RowLevelRule"), names(Rules.ROW.inOrder()));
    assertEquals(List.of("ColumnTypeRule", "TenantScopeRule"), names(Rules.DECLARATIONS.inOrder()));
    assertEquals(List.of("Targets"), names(Rules.LINK_TARGETS.inOrder()));
    assertEquals(List.of("MetricAnnotationTargetRule"), names(Rules.NOT_A_METRIC.inOrder()));
    assertEquals(List.of(List.of("Metrics"), List.of("MetricLevelRule"), List.of("MetricAnnotationRule",
        "JoinedAttributeRule", "PartialKeyRule")),
        Rules.METRIC.groups().stream().map(RulesTest::names).toList());
    assertEquals(List.of(List.of("TenantKeyRule", "TenantJoinRule"),
        List.of("SharedDimensionRule", "WindowRule", "SnapshotRule", "CohortOffsetRule", "EntityAttributeRule"),
        List.of("FanOutRule", "DeclaredJavaTypeRule")),
        Rules.MODEL.groups().stream().map(RulesTest::names).toList());
    assertEquals(List.of("ParameterTypeRule"), names(Rules.NAMED_QUERY.inOrder()));
  }

  @Test
  void aRulesetRunsEveryRuleOfAGroupInOrderAndStopsAfterAGroupThatFailed() {
    List<String> ran = new ArrayList<>();
    Rule<String> fails = (subject, report) -> {
      ran.add("fails");
      report.add(Message.DIMENSION_KEY, Origin.UNKNOWN, null, subject);
    };
    Rule<String> passes = (subject, report) -> ran.add("passes");
    Rule<String> later = (subject, report) -> ran.add("later");

    assertFalse(Ruleset.of(List.of(fails, passes), List.of(later)).check("v3.product", new Report()));
    assertEquals(List.of("fails", "passes"), ran);

    ran.clear();
    assertTrue(Ruleset.of(List.of(passes), List.of(later)).check("v3.product", new Report()));
    assertEquals(List.of("passes", "later"), ran);
  }

  private static List<String> names(List<? extends Rule<?>> rules) {
    return rules.stream().map(rule -> rule.getClass().getSimpleName()).toList();
  }
}
