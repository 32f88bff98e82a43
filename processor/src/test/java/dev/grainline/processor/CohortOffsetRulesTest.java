package dev.grainline.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.compile;
import static dev.grainline.processor.ProcessorTester.source;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The cohort offset rules, one test per message: each breaks the offset of a valid model (members with the week and
 * month they joined, and their activity counted in weeks since joining) and asserts the one error, at the offset.
 */
class CohortOffsetRulesTest {
  private static final String PACKAGE = """
      @SemanticModel(catalog = "CohortCatalog", namespace = "co")
      package co;

      import dev.grainline.dsl.SemanticModel;
      """;

  private static final String MEMBER = """
      package co;

      import static dev.grainline.dsl.Grainline.*;

      import dev.grainline.dsl.*;
      import java.time.LocalDate;

      @Dimension("co.member")
      public final class Member {
        static final Table M = table("co.members");
        public static final Attribute<Integer> MEMBER_ID = key(M.intCol("member_id"));
        public static final Attribute<LocalDate> JOINED_WEEK = attribute(M.dateCol("joined_on").truncatedTo(WEEK));
        public static final Attribute<LocalDate> JOINED_MONTH = attribute(M.dateCol("joined_on").truncatedTo(MONTH));
        public static final Attribute<String> COUNTRY = attribute(M.textCol("country"));
      }
      """;

  private static final String ACTIVITY = """
      package co;

      import static dev.grainline.dsl.Grainline.*;

      import dev.grainline.dsl.*;
      import dev.grainline.dsl.annotation.Metric;
      import java.time.LocalDate;

      @Fact("co.activity")
      public final class Activity {
        static final Table A = table("co.activity");
        static final Column<LocalDate> ACTIVE_ON = A.dateCol("active_on");
        public static final Attribute<Integer> ACTIVITY_ID = key(A.intCol("activity_id"));
        static final Link MEMBER = link(A.intCol("member_id")).to(Member.MEMBER_ID);
        public static final Attribute<Integer> WEEKS_SINCE_JOINING =
            attribute(ACTIVE_ON.truncatedTo(WEEK).periodsSince(Member.JOINED_WEEK));
        @Metric public static final Measure<Long> ACTIVITIES = count();
      }
      """;

  private static final String VISIT = """
      package co;

      import static dev.grainline.dsl.Grainline.*;

      import dev.grainline.dsl.*;
      import dev.grainline.dsl.annotation.Metric;

      @Fact("co.visits")
      public final class Visits {
        static final Table V = table("co.visits");
        public static final Attribute<Integer> VISIT_ID = key(V.intCol("visit_id"));
        @Metric public static final Measure<Long> VISIT_COUNT = count();
      }
      """;

  private static List<JavaFileObject> sources(String activity) {
    return List.of(source("co.package-info", PACKAGE), source("co.Member", MEMBER), source("co.Activity", activity),
        source("co.Visits", VISIT));
  }

  /** The activity class with {@code replaced}, which it holds once, replaced by {@code by}. */
  private static String activity(String replaced, String by) {
    assertWithMessage("%s occurs once", replaced).that(ACTIVITY.indexOf(replaced)).isEqualTo(
        ACTIVITY.lastIndexOf(replaced));
    assertWithMessage("%s occurs", replaced).that(ACTIVITY.indexOf(replaced)).isAtLeast(0);
    return ACTIVITY.replace(replaced, by);
  }

  private static JavaFileObject activityFile(List<JavaFileObject> sources) {
    return sources.get(2);
  }

  @Test
  void aValidCohortOffsetCompiles() {
    assertThat(compile(sources(ACTIVITY))).succeededWithoutWarnings();
  }

  @Test
  void anOffsetOfAnotherCalendar() {
    List<JavaFileObject> sources = sources(activity("periodsSince(Member.JOINED_WEEK)",
        "periodsSince(Member.JOINED_MONTH)"));
    assertOnlyError(compile(sources), activityFile(sources), at(".JOINED_MONTH"),
        "[GrainlineCohortCalendar] co.activity.weeks_since_joining compares the week of"
            + " activity.active_on.truncatedTo(WEEK) with co.member.joined_month, a month: cohort offsets count periods of"
            + " one calendar; anchor it at a week attribute");
  }

  @Test
  void anOffsetFromSomethingThatIsNoPeriod() {
    List<JavaFileObject> sources = sources(activity("ACTIVE_ON.truncatedTo(WEEK).periodsSince",
        "A.timestampCol(\"active_at\").periodsSince"));
    assertOnlyError(compile(sources), activityFile(sources), at(".timestampCol(\"active_at\")"),
        "[GrainlineCohortOffset] co.activity.weeks_since_joining counts periods since co.member.joined_week from"
            + " activity.active_at, which is no period: count from a truncation (truncatedTo(...)) or"
            + " a date");
  }

  @Test
  void anOffsetSinceAnAttributeThatIsNoTime() {
    List<JavaFileObject> sources = sources(activity("periodsSince(Member.JOINED_WEEK)",
        "periodsSince(Member.COUNTRY)"));
    assertOnlyError(compile(sources), activityFile(sources), at(".COUNTRY"),
        "[GrainlineCohortOffset] co.activity.weeks_since_joining counts periods since co.member.country, which is"
            + " no time attribute: anchor it at a truncation (truncatedTo(...)) or a date");
  }

  @Test
  void anOffsetSinceAnAttributeTheRowsDoNotReach() {
    String visits = """
        package co;

        import static dev.grainline.dsl.Grainline.*;

        import dev.grainline.dsl.*;
        import java.time.LocalDate;

        @Fact("co.visits")
        public final class Visits {
          static final Table V = table("co.visits");
          public static final Attribute<Integer> VISIT_ID = key(V.intCol("visit_id"));
          public static final Attribute<Integer> WEEKS =
              attribute(V.dateCol("visited_on").truncatedTo(WEEK).periodsSince(Member.JOINED_WEEK));
        }
        """;
    List<JavaFileObject> sources = List.of(source("co.package-info", PACKAGE), source("co.Member", MEMBER),
        source("co.Activity", ACTIVITY), source("co.Visits", visits));
    assertOnlyError(compile(sources), sources.get(3), at(".JOINED_WEEK"),
        "[GrainlineCohortOffset] co.visits.weeks counts periods since co.member.joined_week, which co.visits does"
            + " not reach over one path (no link leads there)");
  }
}
