package dev.grainline.internal.model.graph;

import static dev.grainline.dsl.Grainline.*;
import static dev.grainline.internal.model.testing.Shop.declaredLink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;
import dev.grainline.internal.model.Cardinality;
import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.assembly.Assembly;
import dev.grainline.internal.model.assembly.ModelAssembler;
import dev.grainline.internal.model.assembly.ReflectiveDeclarations;
import dev.grainline.internal.model.testing.Shop;
import dev.grainline.internal.model.validation.Diagnostic;
import dev.grainline.internal.model.validation.Message;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Paths between entities, and what a reference through roles resolves to, on the {@link Shop} model's graph. */
class JoinGraphTest {
  private static final JoinGraph GRAPH = Shop.MODEL.graph();

  private static List<String> described(List<JoinPath> paths) {
    return paths.stream().map(JoinPath::describe).toList();
  }

  private static PathResolution resolve(String from, String to, String... roles) {
    return GRAPH.resolve(from, to, roles.length == 0 ? Optional.empty() : Optional.of(RolePath.of(roles)));
  }

  @Nested
  class Paths {
    @Test
    void everySimplePathNearestFirstThenByRolePath() {
      assertEquals(List.of("t.sales -[order]-> t.date", "t.sales -[ship]-> t.date",
          "t.sales -[customer]-> t.customer -[signup]-> t.date"), described(GRAPH.paths("t.sales", "t.date")));
      assertEquals(List.of("t.sales -[store]-> t.location", "t.sales -[customer]-> t.customer -[home]-> t.location"),
          described(GRAPH.paths("t.sales", "t.location")));
    }

    @Test
    void aPathHoldsTheDeclaredLinksInOrder() {
      JoinPath home = GRAPH.paths("t.sales", "t.location").get(1);
      assertEquals(List.of(declaredLink("t.sales", "CUSTOMER"), declaredLink("t.customer", "HOME")), home.hops());
      assertEquals(RolePath.of("customer", "home"), home.rolePath());
      assertEquals("t.sales", home.from());
      assertEquals("t.location", home.to());
      assertFalse(home.isLocal());
    }

    @Test
    void aRoleLessLinkAddsNoRole() {
      JoinPath product = GRAPH.paths("t.sales", "t.product").get(0);
      assertEquals("t.sales --> t.product", product.describe());
      assertEquals(RolePath.EMPTY, product.rolePath());
    }

    @Test
    void linksAreFollowedOneWay() {
      assertEquals(List.of(), GRAPH.paths("t.date", "t.sales"));
      assertEquals(List.of(), GRAPH.paths("t.location", "t.customer"));
      assertEquals(List.of(), GRAPH.paths("t.nope", "t.date"));
    }

    @Test
    void reachableEntitiesOverAnyNumberOfLinks() {
      assertEquals(Set.of("t.date", "t.customer", "t.location", "t.product"), Set.copyOf(GRAPH.reachable("t.sales")));
      assertEquals(Set.of("t.date", "t.location"), Set.copyOf(GRAPH.reachable("t.customer")));
      assertEquals(Set.of(), GRAPH.reachable("t.date"));
    }

    @Test
    void anEntitysOwnAttributesNeedNoJoin() {
      JoinPath local = JoinPath.local("t.sales");
      assertTrue(local.isLocal());
      assertEquals("t.sales", local.describe());
      assertEquals(RolePath.EMPTY, local.rolePath());
    }
  }

  @Nested
  class Resolution {
    @Test
    void anEntitysOwnAttributesResolveLocally() {
      assertEquals(new PathResolution.Resolved(JoinPath.local("t.sales")), resolve("t.sales", "t.sales"));
      assertEquals(new PathResolution.Resolved(JoinPath.local("t.sales")),
          GRAPH.resolve("t.sales", "t.sales", Optional.of(RolePath.EMPTY)));
    }

    @Test
    void aRoleOnAnEntitysOwnAttributeNamesNoPath() {
      assertEquals(new PathResolution.NoSuchRole(List.of(JoinPath.local("t.sales"))),
          resolve("t.sales", "t.sales", "order"));
    }

    @Test
    void withoutARoleTheSingleNearestPathWins() {
      PathResolution.Resolved store = assertInstanceOf(PathResolution.Resolved.class,
          resolve("t.sales", "t.location"));
      assertEquals("t.sales -[store]-> t.location", store.path().describe());
      assertEquals("t.sales --> t.product",
          assertInstanceOf(PathResolution.Resolved.class, resolve("t.sales", "t.product")).path().describe());
    }

    @Test
    void withoutARoleTwoEquallyNearPathsAreAmbiguousAndEveryPathIsACandidate() {
      PathResolution.Ambiguous ambiguous = assertInstanceOf(PathResolution.Ambiguous.class,
          resolve("t.sales", "t.date"));
      assertEquals(GRAPH.paths("t.sales", "t.date"), ambiguous.candidates());
    }

    @Test
    void aRolePathPicksThePathWithExactlyThoseRoles() {
      assertEquals("t.sales -[ship]-> t.date",
          assertInstanceOf(PathResolution.Resolved.class, resolve("t.sales", "t.date", "ship")).path().describe());
      assertEquals("t.sales -[customer]-> t.customer -[home]-> t.location",
          assertInstanceOf(PathResolution.Resolved.class, resolve("t.sales", "t.location", "customer", "home"))
              .path().describe());
    }

    @Test
    void aRolePathNoPathHasListsThePathsThereAre() {
      assertEquals(new PathResolution.NoSuchRole(GRAPH.paths("t.sales", "t.date")),
          resolve("t.sales", "t.date", "odrer"));
      // A prefix of a path's roles is not that path.
      assertEquals(new PathResolution.NoSuchRole(GRAPH.paths("t.sales", "t.location")),
          resolve("t.sales", "t.location", "customer"));
    }

    @Test
    void anEntityNoPathLeadsToIsUnreachableWithOrWithoutARole() {
      assertEquals(new PathResolution.Unreachable(), resolve("t.visits", "t.product"));
      assertEquals(new PathResolution.Unreachable(), resolve("t.visits", "t.product", "x"));
      assertEquals(new PathResolution.Unreachable(), resolve("t.date", "t.sales"));
    }
  }

  /** The words of messages that name paths: one place for every rule that resolves a dimension reference. */
  @Nested
  class Described {
    @Test
    void rolePathsAreListedBracketedWithOrBeforeTheLast() {
      assertEquals("as [order], [ship] or [customer->signup]",
          RolePaths.described(GRAPH.paths("t.sales", "t.date")));
      assertEquals("as [store]", RolePaths.described(GRAPH.paths("t.visits", "t.location")));
    }

    @Test
    void aPathWithoutRolesIsWithoutARoleNeverBrackets() {
      assertEquals("without a role", RolePaths.described(GRAPH.paths("t.sales", "t.product")));
      assertEquals("as [order] or without a role", RolePaths.described(List.of(
          GRAPH.paths("t.sales", "t.date").get(0), GRAPH.paths("t.sales", "t.product").get(0))));
    }

    @Test
    void aMisspeltRoleGetsASuggestion() {
      List<JoinPath> dates = GRAPH.paths("t.sales", "t.date");
      assertEquals("; did you mean [order]?", RolePaths.didYouMean(Optional.of(RolePath.of("odrer")), dates));
      assertEquals("", RolePaths.didYouMean(Optional.of(RolePath.of("quarterly")), dates));
    }

    @Test
    void theExampleNamesTheFirstRolePath() {
      assertEquals("t.date.week[order]", RolePaths.example("t.date.week", GRAPH.paths("t.sales", "t.date")));
      assertEquals("t.product.category", RolePaths.example("t.product.category",
          GRAPH.paths("t.sales", "t.product")));
    }
  }

  /** A link that repeats its entity's rows, and the sums and counts of that entity it inflates. */
  @Nested
  class FanOut {
    @Fact("f.orders")
    static final class Orders {
      static final Table O = table("f.orders");
      static final Attribute<Integer> ORDER_ID = key(O.intCol("order_id"));
      static final Link TAGS = link(O.intCol("order_id")).to(Tag.ORDER_ID).oneToMany();
      static final Link CUSTOMER = link(O.intCol("customer_id")).to(Buyer.BUYER_ID);
      static final Measure<Double> REVENUE = sum(O.doubleCol("amount"));
      static final Measure<Long> ORDER_COUNT = countDistinct(ORDER_ID);
    }

    @Dimension("f.tag")
    static final class Tag {
      static final Table T = table("f.tags");
      static final Attribute<Integer> ORDER_ID = key(T.intCol("order_id"));
      static final Attribute<String> LABEL = attribute(T.textCol("label"));
    }

    @Dimension("f.buyer")
    static final class Buyer {
      static final Table B = table("f.buyers");
      static final Attribute<Integer> BUYER_ID = key(B.intCol("buyer_id"));
    }

    private static final Assembly ASSEMBLY = ModelAssembler.assemble(
        ReflectiveDeclarations.of("FanOut", "f", Orders.class, Tag.class, Buyer.class));

    @Test
    void aPathKeepsEachHopsDeclaredCardinality() {
      JoinGraph graph = ASSEMBLY.orThrow().graph();
      assertEquals(Cardinality.ONE_TO_MANY, graph.paths("f.orders", "f.tag").get(0).hops().get(0).cardinality());
      assertEquals(Cardinality.MANY_TO_ONE,
          graph.paths("f.orders", "f.buyer").get(0).hops().get(0).cardinality());
    }

    @Test
    void onlyOneToManyAndManyToManyFanOut() {
      assertEquals(List.of(Cardinality.ONE_TO_MANY, Cardinality.MANY_TO_MANY),
          List.of(Cardinality.values()).stream().filter(Cardinality::fansOut).toList());
    }

    @Test
    void aFanningLinkWarnsOfTheDuplicationSensitiveMetricsOfItsEntity() {
      List<Diagnostic> fanOut = ASSEMBLY.diagnostics().stream().filter(d -> d.message() == Message.FAN_OUT).toList();
      assertEquals(List.of("[GrainlineFanOut] TAGS: f.orders -> f.tag is one-to-many, so f.revenue may count rows of"
          + " f.orders more than once when grouped through it"), fanOut.stream().map(Diagnostic::text).toList());
      assertFalse(ASSEMBLY.hasErrors(), ASSEMBLY.diagnostics()::toString);
    }
  }
}
