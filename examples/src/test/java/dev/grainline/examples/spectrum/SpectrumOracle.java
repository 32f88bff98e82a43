package dev.grainline.examples.spectrum;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.grainline.examples.spectrum.data.EventRow;
import dev.grainline.examples.spectrum.data.SpectrumData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Spectrum's metrics computed in plain Java over the generator's rows, no SQL: an event's UTC week (Monday start),
 * its JSON properties read with Jackson's streaming parser, users as (account, user) pairs, a user's first-seen week
 * from all of the user's events (whether dim_users has the user or not). Rows come out as lists in the order of
 * a query's dimensions then metrics, NULL as {@code null}.
 */
public final class SpectrumOracle {
  private static final JsonFactory JSON = new JsonFactory();

  /** A user: ids repeat across accounts. */
  public record UserKey(int account, long user) {}

  /** What the oracle knows of one event. */
  public record Event(int account, UserKey user, LocalDate day, LocalDate week, String currency, Long amount) {}

  private final List<Event> events = new ArrayList<>();
  private final Map<UserKey, LocalDate> firstSeenWeek = new HashMap<>();

  public SpectrumOracle(SpectrumData data) {
    data.events().forEach(row -> {
      Event event = event(row);
      events.add(event);
      firstSeenWeek.merge(event.user(), event.week(), (a, b) -> a.isBefore(b) ? a : b);
    });
  }

  public List<Event> events() {
    return events;
  }

  public static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static Event event(EventRow row) {
    LocalDate day = row.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    Map<String, Object> properties = parse(row.properties());
    return new Event(row.accountId(), new UserKey(row.accountId(), row.userId()), day, monday(day),
        properties.get("currency") instanceof String s ? s : null,
        properties.get("amount_cents") instanceof Long l ? l : null);
  }

  /** Distinct users and the sum of the amounts (NULL without any) by {@code key}, of the accounts {@code tenants}. */
  public <K> List<List<Object>> activeUsersAndRevenueBy(Function<Event, K> key, IntPredicate tenants) {
    Map<K, Set<UserKey>> users = new HashMap<>();
    Map<K, Long> revenue = new HashMap<>();
    for (Event event : events) {
      if (!tenants.test(event.account())) {
        continue;
      }
      K k = key.apply(event);
      users.computeIfAbsent(k, x -> new HashSet<>()).add(event.user());
      revenue.putIfAbsent(k, null);
      if (event.amount() != null) {
        revenue.put(k, Math.addExact(Objects.requireNonNullElse(revenue.get(k), 0L), event.amount()));
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    users.forEach((k, set) -> rows.add(Arrays.asList(k, (long) set.size(), revenue.get(k))));
    return rows;
  }

  /**
   * By first-seen week: the cohort's users (active in that week) and those active 1, 2 and 4 weeks later, of the
   * accounts {@code tenants}.
   */
  public List<List<Object>> retentionByFirstSeenWeek(IntPredicate tenants) {
    int[] offsets = {0, 1, 2, 4};
    Map<LocalDate, List<Set<UserKey>>> cohorts = new HashMap<>();
    for (Event event : events) {
      if (!tenants.test(event.account())) {
        continue;
      }
      LocalDate cohort = firstSeenWeek.get(event.user());
      List<Set<UserKey>> sets = cohorts.computeIfAbsent(cohort,
          c -> List.of(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>()));
      long weeks = java.time.temporal.ChronoUnit.WEEKS.between(cohort, event.week());
      for (int i = 0; i < offsets.length; i++) {
        if (weeks == offsets[i]) {
          sets.get(i).add(event.user());
        }
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    cohorts.forEach((week, sets) -> rows.add(Arrays.asList(week, (long) sets.get(0).size(),
        (long) sets.get(1).size(), (long) sets.get(2).size(), (long) sets.get(3).size())));
    return rows;
  }

  /** The number of distinct bare user ids: what a count that forgot the account would give. */
  public long bareUserIds() {
    return events.stream().map(e -> e.user().user()).distinct().count();
  }

  private static Map<String, Object> parse(String document) {
    try (JsonParser parser = JSON.createParser(document)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException("not a JSON object: " + document);
      }
      return object(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON null is {@code null} here, as absent keys are: both are SQL NULL for a typed path. */
  private static Map<String, Object> object(JsonParser parser) throws IOException {
    Map<String, Object> fields = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      switch (token) {
        case START_OBJECT -> fields.put(name, object(parser));
        case START_ARRAY -> parser.skipChildren();
        case VALUE_NULL -> fields.put(name, null);
        case VALUE_NUMBER_INT -> fields.put(name, parser.getLongValue());
        case VALUE_STRING -> fields.put(name, parser.getText());
        case VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> fields.put(name, parser.getText());
        case NOT_AVAILABLE, END_OBJECT, END_ARRAY, FIELD_NAME, VALUE_EMBEDDED_OBJECT ->
            throw new IllegalStateException("unexpected " + token + " at " + name);
      }
    }
    return fields;
  }
}
