package dev.grainline.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.assertWarning;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.compile;
import static dev.grainline.processor.ProcessorTester.content;
import static dev.grainline.processor.ProcessorTester.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The tenant rules, one test per message: each breaks one declaration of a valid tenant-keyed model (accounts, their
 * users keyed by (account_id, user_id), event types every tenant shares, and events joined to their payloads, whose
 * tenant column is named differently) and asserts the one error, where javac shows it.
 */
class TenantRulesTest {
  private static final String IMPORTS = """
      package saas;

      import static dev.grainline.dsl.Grainline.*;

      import dev.grainline.dsl.*;
      import dev.grainline.dsl.annotation.Metric;
      """;

  private static final Map<String, String> MODEL = new LinkedHashMap<>();

  static {
    MODEL.put("saas.package-info", """
        @SemanticModel(catalog = "SaasCatalog", namespace = "saas")
        package saas;

        import dev.grainline.dsl.SemanticModel;
        """);
    MODEL.put("saas.Account", IMPORTS + """

        @Dimension("saas.account")
        public final class Account {
          public static final TenantKey<Integer> TENANT = tenantKey("account_id", Integer.class);
          static final Table A = table("saas.accounts").scopedBy(TENANT);

          public static final Attribute<Integer> ACCOUNT_ID = key(A.intCol("account_id"));
          public static final Attribute<String> PLAN = attribute(A.textCol("plan"));
        }
        """);
    MODEL.put("saas.User", IMPORTS + """

        @Dimension("saas.user")
        public final class User {
          static final Table U = table("saas.users").scopedBy(Account.TENANT);

          public static final Attribute<Integer> ACCOUNT_ID = key(U.intCol("account_id"));
          public static final Attribute<Long> USER_ID = key(U.longCol("user_id"));
          public static final Attribute<String> COUNTRY = attribute(U.textCol("country"));

          static final Link ACCOUNT = link(U.intCol("account_id")).to(Account.ACCOUNT_ID);
        }
        """);
    MODEL.put("saas.EventType", IMPORTS + """

        @Dimension("saas.event_type")
        public final class EventType {
          static final Table T = table("saas.event_types").shared();

          public static final Attribute<Integer> EVENT_TYPE_ID = key(T.intCol("event_type_id"));
          public static final Attribute<String> NAME = attribute(T.textCol("name"));
        }
        """);
    MODEL.put("saas.Events", IMPORTS + """

        @Fact("saas.events")
        public final class Events {
          static final Table E = table("saas.events").as("e").scopedBy(Account.TENANT);
          static final Table P = table("saas.event_payloads").as("p").scopedBy(Account.TENANT, "tenant");
          static final Source SOURCE = from(E).leftJoin(P)
              .on(E.longCol("event_id").eq(P.longCol("event_id")).and(E.intCol("account_id").eq(P.intCol("tenant"))));

          public static final Attribute<Long> EVENT_ID = key(E.longCol("event_id"));

          static final Link ACCOUNT = link(E.intCol("account_id")).to(Account.ACCOUNT_ID);
          static final Link USER = link(E.intCol("account_id"), E.longCol("user_id")).to(User.ACCOUNT_ID, User.USER_ID);
          static final Link EVENT_TYPE = link(E.intCol("event_type_id")).to(EventType.EVENT_TYPE_ID);

          @Metric public static final Measure<Long> EVENT_COUNT = count();
          @Metric public static final Measure<Double> AMOUNT = sum(P.doubleCol("amount"));
        }
        """);
  }

  /** The model's sources, with {@code replaced} replaced by {@code by} in the class {@code className}. */
  private static List<JavaFileObject> with(String className, String replaced, String by) {
    return replace(model(), className, replaced, by);
  }

  private static JavaFileObject file(List<JavaFileObject> sources, String className) {
    return sources.stream().filter(s -> ("/" + s.getName()).endsWith("/" + className.replace('.', '/') + ".java"))
        .findFirst().orElseThrow();
  }

  @Test
  void aValidTenantModelCompiles() {
    assertThat(compile(model())).succeededWithoutWarnings();
  }

  @Test
  void aDistinctCountOfOneColumnOfACompositeLinkIsAWarning() {
    // user_id repeats across accounts; account_id is the whole key of ACCOUNT, and USER counts the pairs.
    List<JavaFileObject> sources = with("saas.Events", "  @Metric public static final Measure<Long> EVENT_COUNT",
        "  @Metric public static final Measure<Long> USER_IDS = countDistinct(E.longCol(\"user_id\"));\n"
            + "  @Metric public static final Measure<Long> ACCOUNTS = countDistinct(E.intCol(\"account_id\"));\n"
            + "  @Metric public static final Measure<Long> USERS = countDistinct(USER);\n"
            + "  @Metric public static final Measure<Long> EVENT_COUNT");
    Compilation compilation = compile(sources);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertWarning(compilation, file(sources, "saas.Events"), at("countDistinct(E.longCol"),
        "[GrainlinePartialKey] saas.user_ids: countDistinct(e.user_id) counts user_id values, which repeat across"
            + " account_id values in the key of saas.user; count the entity: countDistinct(USER)");
    assertThat(compilation).generatedSourceFile("saas.SaasCatalog");
  }

  @Test
  void tenantKeyOfAnotherType() {
    List<JavaFileObject> sources = with("saas.Account",
        "TenantKey<Integer> TENANT = tenantKey(\"account_id\", Integer.class)",
        "TenantKey<Double> TENANT = tenantKey(\"account_id\", Double.class)");
    assertOnlyError(compile(sources), file(sources, "saas.Account"), at("tenantKey(\"account_id\""),
        "[GrainlineTenantKey] tenantKey(\"account_id\", Double.class): a tenant key is an Integer, Long or String"
            + " column");
  }

  @Test
  void secondTenantKey() {
    List<JavaFileObject> sources = with("saas.EventType", "  public static final Attribute<String> NAME",
        "  static final TenantKey<Long> ORG = tenantKey(\"org_id\", Long.class);\n"
            + "  public static final Attribute<String> NAME");
    assertOnlyError(compile(sources), file(sources, "saas.EventType"), at("ORG ="),
        "[GrainlineTenantKey] EventType.ORG declares a second tenant key (org_id); a model has one tenant key, here"
            + " Account.TENANT, and scopes its tables by it");
  }

  @Test
  void tableWithoutScope() {
    List<JavaFileObject> sources = with("saas.EventType", ".shared()", "");
    assertOnlyError(compile(sources), file(sources, "saas.EventType"), at("table(\"saas.event_types\")"),
        "[GrainlineTenantScope] table saas.event_types, read by saas.event_type, says neither"
            + " scopedBy(Account.TENANT) nor shared(); in a model with a tenant key every table a source reads says"
            + " whether its rows belong to tenants");
  }

  @Test
  void anUnscopedFactTableIsReportedAloneNotWithItsJoins() {
    List<JavaFileObject> sources = with("saas.Events", "table(\"saas.events\").as(\"e\").scopedBy(Account.TENANT)",
        "table(\"saas.events\").as(\"e\")");
    // Its links and its join to the payloads, scoped, would each fail the join rule too, but only follow from this.
    assertOnlyError(compile(sources), file(sources, "saas.Events"), at("table(\"saas.events\")"),
        "[GrainlineTenantScope] table saas.events, read by saas.events, says neither scopedBy(Account.TENANT) nor"
            + " shared()");
  }

  @Test
  void tableScopedByAnotherKey() {
    List<JavaFileObject> sources = with("saas.User", "scopedBy(Account.TENANT)",
        "scopedBy(tenantKey(\"org_id\", Integer.class))");
    assertOnlyError(compile(sources), file(sources, "saas.User"), at("table(\"saas.users\")"),
        "[GrainlineTenantScope] table saas.users is scoped by a tenant key on org_id (integer) that this model does"
            + " not declare; scope it by the model's key, scopedBy(Account.TENANT)");
  }

  @Test
  void tableScopedDifferently() {
    List<JavaFileObject> sources = model();
    JavaFileObject payload = source("saas.Payload", IMPORTS + """

        @Dimension("saas.payload")
        public final class Payload {
          static final Table P = table("saas.event_payloads").shared();

          public static final Attribute<Long> EVENT_ID = key(P.longCol("event_id"));
        }
        """);
    sources.add(payload);
    assertOnlyError(compile(sources), payload, at("table(\"saas.event_payloads\")"),
        "[GrainlineTenantScope] table saas.event_payloads is shared here but scoped by its column tenant in"
            + " Events.P; whose rows a table holds is the same wherever it is read");
  }

  @Test
  void scopedDimensionKeyWithoutTenantColumn() {
    List<JavaFileObject> sources = with("saas.User", "ACCOUNT_ID = key(", "ACCOUNT_ID = attribute(");
    sources = replace(sources, "saas.Events",
        "link(E.intCol(\"account_id\"), E.longCol(\"user_id\")).to(User.ACCOUNT_ID, User.USER_ID)",
        "link(E.longCol(\"user_id\")).to(User.USER_ID)");
    assertOnlyError(compile(sources), file(sources, "saas.User"), at("ACCOUNT_ID ="),
        "[GrainlineTenantKey] saas.user is tenant-scoped, so its key must include its tenant column account_id;"
            + " declare ACCOUNT_ID with key(...), not attribute(...)");
  }

  @Test
  void tenantColumnOfAnotherType() {
    List<JavaFileObject> sources = with("saas.User", """
          public static final Attribute<Integer> ACCOUNT_ID = key(U.intCol("account_id"));""", """
          public static final Attribute<Long> ACCOUNT_ID = key(U.longCol("account_id"));""");
    sources = replace(sources, "saas.User", "link(U.intCol(\"account_id\"))", "link(U.longCol(\"account_id\"))");
    assertOnlyError(compile(sources), file(sources, "saas.User"), at("ACCOUNT_ID =", ".longCol("),
        "[GrainlineTenantKey] column saas.users.account_id is the tenant column of saas.users, so it is integer like"
            + " tenant key Account.TENANT, not bigint; declare it with intCol(\"account_id\")");
  }

  @Test
  void linkWithoutTenantColumn() {
    List<JavaFileObject> sources = with("saas.Events",
        "link(E.intCol(\"account_id\"), E.longCol(\"user_id\")).to(User.ACCOUNT_ID, User.USER_ID)",
        "link(E.longCol(\"user_id\")).to(User.USER_ID)");
    assertOnlyError(compile(sources), file(sources, "saas.Events"), at(".to(User.USER_ID)"),
        "[GrainlineTenantJoin] link USER joins tenant-scoped saas.user on user_id only: add its tenant column"
            + " account_id (E.intCol(\"account_id\") to User.ACCOUNT_ID)");
  }

  @Test
  void linkPairingAnotherColumn() {
    List<JavaFileObject> sources = with("saas.Events", "link(E.intCol(\"account_id\"), E.longCol(\"user_id\"))",
        "link(E.intCol(\"owner_id\"), E.longCol(\"user_id\"))");
    assertOnlyError(compile(sources), file(sources, "saas.Events"), at(".intCol(\"owner_id\")"),
        "[GrainlineTenantJoin] link USER joins User.ACCOUNT_ID, the tenant column of tenant-scoped saas.user, to"
            + " e.owner_id, which is not the tenant column of saas.events; join it to E.intCol(\"account_id\")");
  }

  @Test
  void linkFromSharedRows() {
    List<JavaFileObject> sources = with("saas.EventType", "  public static final Attribute<String> NAME",
        "  static final Link CREATOR = link(T.longCol(\"creator_id\")).to(User.USER_ID);\n"
            + "  public static final Attribute<String> NAME");
    assertOnlyError(compile(sources), file(sources, "saas.EventType"), at(".to(User.USER_ID)"),
        "[GrainlineTenantJoin] link CREATOR joins saas.event_type, whose rows all tenants share, to tenant-scoped"
            + " saas.user: a shared row has no tenant to join on, so it would match every tenant's rows; link from a"
            + " tenant-scoped entity");
  }

  @Test
  void sourceJoinWithoutTenantColumns() {
    List<JavaFileObject> sources = with("saas.Events", ".and(E.intCol(\"account_id\").eq(P.intCol(\"tenant\")))",
        "");
    assertOnlyError(compile(sources), file(sources, "saas.Events"), at(".eq(P.longCol("),
        "[GrainlineTenantJoin] the source of saas.events joins tenant-scoped saas.event_payloads on a condition that"
            + " does not equate their tenant columns, so rows of different tenants would join; AND"
            + " P.intCol(\"tenant\").eq(E.intCol(\"account_id\")) to its on(...)");
  }

  /** The valid tenant model's sources (its catalog is a golden of {@code CatalogGoldenTest}). */
  static List<JavaFileObject> model() {
    List<JavaFileObject> sources = new ArrayList<>();
    MODEL.forEach((name, code) -> sources.add(source(name, code)));
    return sources;
  }

  /** {@code sources} with {@code replaced}, which occurs once in class {@code className}, replaced by {@code by}. */
  private static List<JavaFileObject> replace(List<JavaFileObject> sources, String className, String replaced,
      String by) {
    JavaFileObject target = file(sources, className);
    String code = content(target);
    assertWithMessage("%s in %s", replaced, className).that(code.indexOf(replaced)).isAtLeast(0);
    assertWithMessage("%s occurs once in %s", replaced, className)
        .that(code.lastIndexOf(replaced)).isEqualTo(code.indexOf(replaced));
    List<JavaFileObject> result = new ArrayList<>(sources);
    result.set(sources.indexOf(target), source(className, code.replace(replaced, by)));
    return result;
  }
}
