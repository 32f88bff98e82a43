package dev.grainline.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.runtime.members.MembersFixture;
import dev.grainline.runtime.members.MembersFixture.MemberRow;
import dev.grainline.runtime.members.MembersFixture.Visit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * countDistinct(MEMBER) counts (account_id, user_id) pairs with both components non-NULL, on every engine, directly,
 * rolled up (the partials keep both columns and the merge counts the pairs again) and over a trailing window; the
 * oracle is plain Java over the fixture's rows (MembersFixture), never SQL.
 */
class CompositeDistinctTest {
  private static final String LAYERS = "dev.grainline.runtime.members.MembersFixture#layers";
  private static final List<Visit> VISITS = MembersFixture.VISITS;

  /** A member, as the oracle tells them apart: both components, compared component by component. */
  private record Entity(int account, long user) {}

  private static boolean isEntity(Visit v) {
    return v.account() != null && v.user() != null;
  }

  private static long members(List<Visit> visits, Predicate<Visit> rows) {
    return visits.stream().filter(rows).filter(CompositeDistinctTest::isEntity)
        .map(v -> new Entity(v.account(), v.user())).distinct().count();
  }

  private static boolean web(Visit v) {
    return "web".equals(v.channel());
  }

  private static LocalDate week(Visit v) {
    return v.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static String country(Visit v) {
    return MembersFixture.MEMBERS.stream()
        .filter(m -> isEntity(v) && m.account() == v.account() && m.user() == v.user())
        .findFirst().map(MemberRow::country).orElse(null);
  }

  /** Per group of {@code key}: members, web members and visits, as the query's metric columns. */
  private static Map<List<Object>, List<Object>> expected(List<Visit> visits, Function<Visit, List<Object>> key) {
    Map<List<Object>, List<Visit>> groups = new LinkedHashMap<>();
    visits.forEach(v -> groups.computeIfAbsent(key.apply(v), k -> new java.util.ArrayList<>()).add(v));
    Map<List<Object>, List<Object>> expected = new HashMap<>();
    groups.forEach((k, rows) -> expected.put(k,
        List.of(members(rows, v -> true), members(rows, CompositeDistinctTest::web), (long) rows.size())));
    return expected;
  }

  /** The rows of {@code query}, each split into its first {@code dimensions} values and the rest. */
  private static Map<List<Object>, List<Object>> actual(MetricQuery query, int dimensions) {
    Map<List<Object>, List<Object>> rows = new HashMap<>();
    for (Row row : query.fetch().rows()) {
      List<Object> values = row.values();
      List<Object> previous = rows.put(values.subList(0, dimensions), values.subList(dimensions, values.size()));
      assertEquals(null, previous, "a group twice: " + values.subList(0, dimensions));
    }
    return rows;
  }

  private static TextQuery counts(SemanticLayer layer) {
    return layer.textQuery("members.members", "members.web_members", "members.visit_count");
  }

  @Test
  void theDataHasTheTrapsTheTestsNeed() {
    // A bare user id merges members of different accounts; NULL components would count as tuples in (a, b).
    long bareUserIds = VISITS.stream().filter(CompositeDistinctTest::isEntity).map(Visit::user).distinct().count();
    assertNotEquals(members(VISITS, v -> true), bareUserIds);
    assertTrue(VISITS.stream().anyMatch(v -> v.account() == null && v.user() != null));
    assertTrue(VISITS.stream().anyMatch(v -> v.account() != null && v.user() == null));
    assertTrue(VISITS.stream().anyMatch(v -> isEntity(v) && country(v) == null));
    Set<LocalDate> weeks = VISITS.stream().map(CompositeDistinctTest::week).collect(Collectors.toSet());
    assertEquals(6, weeks.size());
    assertTrue(!weeks.contains(LocalDate.of(2024, 1, 15)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void withoutDimensionsThePairsAreCounted(String engine, SemanticLayer layer) {
    assertEquals(expected(VISITS, v -> List.of()), actual(counts(layer), 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void groupedByAFactAttributeAndByTheMembersCountry(String engine, SemanticLayer layer) {
    assertEquals(expected(VISITS, v -> Arrays.asList(v.channel())),
        actual(counts(layer).by("members.visits.channel"), 1));
    assertEquals(expected(VISITS, v -> Arrays.asList(country(v))),
        actual(counts(layer).by("members.member.country"), 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void byWeekAndChannelAndFilteredByTheQuery(String engine, SemanticLayer layer) {
    assertEquals(expected(VISITS, v -> Arrays.asList(week(v), v.channel())),
        actual(counts(layer).by("members.visits.week", "members.visits.channel"), 2));
    List<Visit> app = VISITS.stream().filter(v -> "app".equals(v.channel())).toList();
    assertEquals(expected(app, v -> List.of(week(v))),
        actual(counts(layer).by("members.visits.week").where("members.visits.channel = 'app'"), 1));
    List<Visit> german = VISITS.stream().filter(v -> "DE".equals(country(v))).toList();
    assertEquals(expected(german, v -> List.of(week(v))),
        actual(counts(layer).by("members.visits.week").where("members.member.country = 'DE'"), 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void distinctCountsAloneAreCountedFromOneGroupingByGrainAndMember(String engine, SemanticLayer layer) {
    // Members and web members only: directly, DistinctKeyRule groups the visits once per grain and member.
    Function<Map<List<Object>, List<Object>>, Map<List<Object>, List<Object>>> counts = all -> all.entrySet()
        .stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().subList(0, 2)));
    Function<SemanticLayer, TextQuery> query = l -> l.textQuery("members.members", "members.web_members");
    assertEquals(counts.apply(expected(VISITS, v -> List.of())), actual(query.apply(layer), 0));
    assertEquals(counts.apply(expected(VISITS, v -> Arrays.asList(week(v), v.channel()))),
        actual(query.apply(layer).by("members.visits.week", "members.visits.channel"), 2));
    assertEquals(counts.apply(expected(VISITS, v -> Arrays.asList(country(v)))),
        actual(query.apply(layer).by("members.member.country"), 1));
    // Per visit: a visit with a NULL component is still a row, of no member (count(distinct) gives it 0 too).
    assertTrue(VISITS.stream().anyMatch(v -> !isEntity(v)));
    assertEquals(counts.apply(expected(VISITS, v -> List.of(v.id()))),
        actual(query.apply(layer).by("members.visits.visit_id"), 1));
    List<Visit> app = VISITS.stream().filter(v -> "app".equals(v.channel())).toList();
    assertEquals(counts.apply(expected(app, v -> List.of(week(v)))),
        actual(query.apply(layer).by("members.visits.week").where("members.visits.channel = 'app'"), 1));
    String sql = query.apply(layer).by("members.visits.week").explain().sql();
    assertEquals(!engine.endsWith("rolled up"), sql.contains("bool_or"), sql);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aRolledUpPlanKeepsBothColumnsAndCountsThePairsAgain(String engine, SemanticLayer layer) {
    String sql = counts(layer).by("members.visits.week").explain().sql();
    // The partials are grouped by one level column per component; directly, the pairs are counted from the rows.
    assertEquals(engine.endsWith("rolled up"), sql.contains("l0_0") && sql.contains("l0_1"), sql);
    assertTrue(!sql.contains("||") && !sql.contains("concat") && !sql.contains("hash"), sql);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aTrailingWindowCountsThePairsOfItsWeeks(String engine, SemanticLayer layer) {
    Set<LocalDate> weeks = new HashSet<>(VISITS.stream().map(CompositeDistinctTest::week).toList());
    Map<List<Object>, List<Object>> expected = new HashMap<>();
    for (LocalDate week : weeks) {
      Predicate<Visit> frame = v -> !week(v).isBefore(week.minusWeeks(1)) && !week(v).isAfter(week);
      expected.put(List.of(week), List.of(members(VISITS, v -> week(v).equals(week)), members(VISITS, frame),
          members(VISITS, frame.and(CompositeDistinctTest::web))));
    }
    assertEquals(expected, actual(layer.textQuery("members.members", "members.members_2w",
        "members.web_members_2w").by("members.visits.week"), 1));
  }
}
