package dev.grainline.runtime.cohorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.Databases;
import dev.grainline.runtime.MetricQuery;
import dev.grainline.runtime.Row;
import dev.grainline.runtime.SemanticLayer;
import dev.grainline.testing.TestTrino;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Cohort offsets of every grain, on every engine, against java.time: members who joined around the turns of 2023,
 * 2024 and 2025 (a Sunday, a Monday and New Year's Day among them), activity before and long after joining, and
 * activity of members the dimension does not have (its offsets are NULL). Grouped by each offset, filtered on one,
 * and as weekly retention: members active in their joining week, one week later and four weeks later, by the week
 * they joined.
 */
class CohortOffsetTest {
  static final CompiledModel MODEL = CompiledModel.ofClasses("CohortCatalog", "co", Member.class, Activity.class);
  private static final String SCHEMA = "cohort";

  record MemberRow(int id, LocalDate joinedOn) {}

  record ActivityRow(int id, int member, LocalDate activeOn) {}

  private static final List<MemberRow> MEMBERS = new ArrayList<>();
  private static final List<ActivityRow> ACTIVITY = new ArrayList<>();

  static {
    Random random = new Random(8L);
    List<LocalDate> edges = List.of(LocalDate.of(2024, 12, 29), LocalDate.of(2024, 12, 30),
        LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 2, 29));
    for (int id = 1; id <= 40; id++) {
      LocalDate joined = id <= edges.size() ? edges.get(id - 1)
          : LocalDate.of(2023, 12, 20).plusDays(random.nextInt(390));
      MEMBERS.add(new MemberRow(id, joined));
    }
    for (int id = 1; id <= 500; id++) {
      int member = 1 + random.nextInt(42); // 41 and 42 are no members
      LocalDate base = member <= 40 ? MEMBERS.get(member - 1).joinedOn() : LocalDate.of(2024, 6, 1);
      ACTIVITY.add(new ActivityRow(id, member, base.plusDays(random.nextInt(430) - 10)));
    }
  }

  private static String[] statements(String schema, List<String> setUp) {
    List<String> sql = new ArrayList<>(setUp);
    sql.add("CREATE TABLE " + schema + ".members (member_id INTEGER, joined_on DATE)");
    sql.add("CREATE TABLE " + schema + ".activity (activity_id INTEGER, member_id INTEGER, active_on DATE)");
    sql.add("INSERT INTO " + schema + ".members VALUES " + String.join(", ", MEMBERS.stream()
        .map(m -> "(" + m.id() + ", DATE '" + m.joinedOn() + "')").toList()));
    sql.add("INSERT INTO " + schema + ".activity VALUES " + String.join(", ", ACTIVITY.stream()
        .map(a -> "(" + a.id() + ", " + a.member() + ", DATE '" + a.activeOn() + "')").toList()));
    return sql.toArray(String[]::new);
  }

  private static Map<String, SemanticLayer> layers() {
    Map<String, SemanticLayer> layers = new LinkedHashMap<>();
    DataSource postgres = Databases.loadedPostgres(SCHEMA,
        statements(SCHEMA, List.of("DROP SCHEMA IF EXISTS cohort CASCADE", "CREATE SCHEMA cohort")));
    DataSource duckdb = Databases.loaded(Databases.duckdb(), statements(SCHEMA, List.of("CREATE SCHEMA cohort")));
    for (boolean rollUp : List.of(false, true)) {
      String suffix = rollUp ? " rolled up" : "";
      layers.put("postgres" + suffix, SemanticLayer.builder(MODEL).dataSource(postgres).rollUpPartials(rollUp).build());
      layers.put("duckdb" + suffix, SemanticLayer.builder(MODEL).dataSource(duckdb).rollUpPartials(rollUp).build());
    }
    TestTrino.url().ifPresent(url -> {
      String schema = TestTrino.CATALOG + ".cohorts";
      DataSource trino = Databases.loaded(Databases.trino().orElseThrow(), statements(schema, List.of(
          "CREATE SCHEMA IF NOT EXISTS " + schema, "DROP TABLE IF EXISTS " + schema + ".members",
          "DROP TABLE IF EXISTS " + schema + ".activity")));
      layers.put("trino", SemanticLayer.builder(MODEL).dataSource(trino).mapSchema(SCHEMA, schema).build());
    });
    return layers;
  }

  private static final Map<String, SemanticLayer> LAYERS = layers();

  // --- the oracle: java.time ---------------------------------------------------------------------------------

  private static LocalDate joined(ActivityRow row) {
    return row.member() <= MEMBERS.size() ? MEMBERS.get(row.member() - 1).joinedOn() : null;
  }

  private static long months(LocalDate date) {
    return date.getYear() * 12L + date.getMonthValue() - 1;
  }

  private static LocalDate monday(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Each grain's offset of a row, NULL without a member. */
  private static final Map<String, Function<ActivityRow, Integer>> OFFSETS = new LinkedHashMap<>();

  static {
    OFFSETS.put("co.activity.days_since_joining", offset((from, to) -> ChronoUnit.DAYS.between(from, to)));
    OFFSETS.put("co.activity.weeks_since_joining",
        offset((from, to) -> ChronoUnit.DAYS.between(monday(from), monday(to)) / 7));
    OFFSETS.put("co.activity.months_since_joining", offset((from, to) -> months(to) - months(from)));
    OFFSETS.put("co.activity.quarters_since_joining",
        offset((from, to) -> Math.floorDiv(months(to), 3) - Math.floorDiv(months(from), 3)));
    OFFSETS.put("co.activity.years_since_joining", offset((from, to) -> (long) to.getYear() - from.getYear()));
  }

  private static Function<ActivityRow, Integer> offset(java.util.function.BiFunction<LocalDate, LocalDate, Long> f) {
    return row -> joined(row) == null ? null : Math.toIntExact(f.apply(joined(row), row.activeOn()));
  }

  private static List<List<Object>> sorted(List<List<Object>> rows) {
    return rows.stream().sorted(Comparator.comparing(Object::toString)).toList();
  }

  private static List<List<Object>> rows(MetricQuery query) {
    return sorted(query.fetch().rows().stream().map(Row::values).toList());
  }

  /** Activities by {@code offset}, counted in Java. */
  private static List<List<Object>> activitiesBy(Function<ActivityRow, Integer> offset) {
    Map<Integer, Long> counts = new HashMap<>();
    ACTIVITY.forEach(a -> counts.merge(offset.apply(a), 1L, Long::sum));
    List<List<Object>> rows = new ArrayList<>();
    counts.forEach((value, count) -> rows.add(java.util.Arrays.asList(value, count)));
    return sorted(rows);
  }

  @TestFactory
  Stream<DynamicTest> offsetsOfEveryGrainEqualJavaTime() {
    List<DynamicTest> tests = new ArrayList<>();
    LAYERS.forEach((engine, layer) -> OFFSETS.forEach((attribute, offset) -> tests.add(
        dynamicTest(engine + ": " + attribute, () -> assertEquals(activitiesBy(offset),
            rows(layer.textQuery("co.activities").by(attribute)))))));
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> aFilterOnAnOffsetKeepsItsRows() {
    Function<ActivityRow, Integer> months = OFFSETS.get("co.activity.months_since_joining");
    Map<LocalDate, Long> counts = new HashMap<>();
    ACTIVITY.stream().filter(a -> Objects.equals(months.apply(a), 1))
        .forEach(a -> counts.merge(joined(a).withDayOfMonth(1).withMonth((joined(a).getMonthValue() - 1) / 3 * 3 + 1),
            1L, Long::sum));
    List<List<Object>> expected = sorted(counts.entrySet().stream()
        .<List<Object>>map(e -> List.of(e.getKey(), e.getValue())).toList());
    List<DynamicTest> tests = new ArrayList<>();
    LAYERS.forEach((engine, layer) -> tests.add(dynamicTest(engine, () -> assertEquals(expected,
        rows(layer.textQuery("co.activities").by("co.member.joined_quarter")
            .where("co.activity.months_since_joining = 1"))))));
    return tests.stream();
  }

  /** Weekly retention: one pass over the activity, the cohort's size and its members active 1 and 4 weeks on. */
  @TestFactory
  Stream<DynamicTest> weeklyRetentionByJoiningWeek() {
    Function<ActivityRow, Integer> weeks = OFFSETS.get("co.activity.weeks_since_joining");
    Map<LocalDate, List<Set<Integer>>> cohorts = new HashMap<>();
    for (ActivityRow row : ACTIVITY) {
      LocalDate week = joined(row) == null ? null : monday(joined(row));
      List<Set<Integer>> sets = cohorts.computeIfAbsent(week,
          w -> List.of(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()));
      Integer offset = weeks.apply(row);
      for (int i = 0; i < 3; i++) {
        if (Objects.equals(offset, List.of(0, 1, 4).get(i))) {
          sets.get(i).add(row.member());
        }
      }
    }
    List<List<Object>> expected = new ArrayList<>();
    cohorts.forEach((week, sets) -> expected.add(java.util.Arrays.asList(week, (long) sets.get(0).size(),
        (long) sets.get(1).size(), (long) sets.get(2).size())));
    List<DynamicTest> tests = new ArrayList<>();
    LAYERS.forEach((engine, layer) -> tests.add(dynamicTest(engine, () -> assertEquals(sorted(expected),
        rows(layer.textQuery("co.cohort_members", "co.retained_w1", "co.retained_w4")
            .by("co.member.joined_week"))))));
    return tests.stream();
  }
}
