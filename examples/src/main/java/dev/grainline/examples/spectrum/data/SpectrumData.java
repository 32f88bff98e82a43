package dev.grainline.examples.spectrum.data;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Deterministic data of the Spectrum example (spectrum.md §2.3): the same seed and event count give the same rows on
 * every run, JVM and machine. Randomness comes only from {@link SplittableRandom}, whose algorithm its specification
 * fixes, and arithmetic is on integers only.
 *
 * <p>Every account has random sequences of its own, split from the seed's in account order: its dimension rows and
 * its exposures do not depend on the event count at all, and its k-th event does not depend on how many events other
 * accounts got. Which account the i-th event belongs to is the i-th draw of one more sequence, so the events of
 * {@code generate(seed, n)} are the first n of {@code generate(seed, m)} for any m &gt; n (prefix stability). Events
 * are generated on demand, one account state per account: a million events are never held in memory.
 *
 * <p>The traps, each asserted by {@code SpectrumDataTest} on the default data:
 * <ol>
 *   <li>every account numbers its users from 1, and a few accounts have users with ids above 2^31;
 *   <li>sessions of 2-40 events 5 s to 10 min apart, sessions hours or days apart, some events at the same
 *       microsecond;
 *   <li>refunds with negative {@code amount_cents}, purchases positive;
 *   <li>most events without {@code amount_cents}, some purchases with {@code "amount_cents": null}, some events with a
 *       nested {@code context.campaign}, {@code currency} absent, JSON null, "USD" or "EUR"; never a wrongly typed
 *       amount;
 *   <li>users with NULL country, and events of users that {@code dim_users} does not have;
 *   <li>heavy users: a few sessions of thousands of events within one hour;
 *   <li>the data starts on Wednesday 2025-12-24 (weeks cross a year boundary), and some sessions start at Sunday
 *       23:59:59.999999 UTC with their next event at Monday 00:00:00 UTC;
 *   <li>accounts without events and event types no event has.
 * </ol>
 *
 * @param seed what makes one data set differ from another of the same size
 * @param eventCount rows of {@code fact_events}
 */
public record SpectrumData(long seed, int eventCount) {
  /** Changes whenever the rows for a given seed and size change, so stale demo databases get reloaded. */
  public static final int VERSION = 1;

  public static final long DEFAULT_SEED = 20251224L;
  public static final int DEFAULT_EVENTS = 200_000;

  /** A Wednesday in late December, so that the first weeks cross a year boundary. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2025, 12, 24);

  public static final int ACCOUNTS = 40;
  /** The last accounts have users but no events (trap 8). */
  public static final int ACCOUNTS_WITH_EVENTS = 37;
  /** Accounts whose users include ids above 2^31 (trap 1): every fourth, from the second. */
  private static final int FIRST_BIG_ID_ACCOUNT = 2;
  /** Accounts with a session of thousands of events in their ninth session (trap 6). */
  private static final List<Integer> HEAVY_ACCOUNTS = List.of(1, 14, 27);
  private static final int HEAVY_SESSION = 8;
  /** Events of users beyond the dimension come from this many ids past the account's last (trap 5). */
  private static final int ORPHAN_USER_IDS = 3;

  public static final List<String> EXPERIMENTS = List.of("checkout_v2", "onboarding_copy");
  private static final String[] PLANS = {"free", "team", "enterprise"};
  private static final String[] REGIONS = {"amer", "emea", "apac"};
  private static final String[] COUNTRIES = {"US", "DE", "FR", "GB", "BR", "IN", "JP"};
  private static final String[] DEVICES = {"ios", "android", "web"};
  private static final String[] PAGES = {"/", "/pricing", "/docs", "/blog", "/settings", "/checkout"};
  private static final String[] CAMPAIGNS = {"winter_sale", "new_year", "referral"};

  private static final long MICROS_PER_SECOND = 1_000_000L;
  private static final long MICROS_PER_HOUR = 3_600 * MICROS_PER_SECOND;
  private static final long MICROS_PER_DAY = 24 * MICROS_PER_HOUR;
  private static final long START_MICROS = FIRST_DAY.toEpochDay() * MICROS_PER_DAY;

  // Event types; the last two are never generated (trap 8).
  static final int PAGE_VIEW = 1;
  static final int CLICK = 2;
  static final int SEARCH = 3;
  static final int SHARE = 4;
  static final int SIGNUP = 5;
  static final int LOGIN = 6;
  static final int PURCHASE = 7;
  static final int REFUND = 8;
  static final int ADD_TO_CART = 9;
  private static final List<EventTypeRow> EVENT_TYPES = List.of(
      new EventTypeRow(PAGE_VIEW, "page_view", "engagement"),
      new EventTypeRow(CLICK, "click", "engagement"),
      new EventTypeRow(SEARCH, "search", "engagement"),
      new EventTypeRow(SHARE, "share", "engagement"),
      new EventTypeRow(SIGNUP, "signup", "account"),
      new EventTypeRow(LOGIN, "login", "account"),
      new EventTypeRow(PURCHASE, "purchase", "commerce"),
      new EventTypeRow(REFUND, "refund", "commerce"),
      new EventTypeRow(ADD_TO_CART, "add_to_cart", "commerce"),
      new EventTypeRow(10, "data_export", "system"),
      new EventTypeRow(11, "legacy_sync", "system"));

  public SpectrumData {
    if (eventCount < 0) {
      throw new IllegalArgumentException("the event count must not be negative, but was " + eventCount);
    }
  }

  /** The data of {@code seed} with {@code events} rows of {@code fact_events}. */
  public static SpectrumData generate(long seed, int events) {
    return new SpectrumData(seed, events);
  }

  /** The default data: {@value #DEFAULT_EVENTS} events of seed {@value #DEFAULT_SEED}. */
  public static SpectrumData standard() {
    return generate(DEFAULT_SEED, DEFAULT_EVENTS);
  }

  /** What this is, for logs and markers. */
  public String description() {
    return "spectrum data v" + VERSION + ": seed " + seed + ", " + eventCount + " events";
  }

  /** The rows of one table, in the same order on every call. */
  public Stream<? extends SpectrumRow> rows(SpectrumTable table) {
    return switch (table) {
      case FACT_EVENTS -> events();
      case DIM_ACCOUNTS -> accounts();
      case DIM_USERS -> users();
      case DIM_EVENT_TYPES -> eventTypes();
      case FACT_EXPOSURES -> exposures();
    };
  }

  public Stream<EventTypeRow> eventTypes() {
    return EVENT_TYPES.stream();
  }

  public Stream<AccountRow> accounts() {
    return IntStream.rangeClosed(1, ACCOUNTS).mapToObj(a -> {
      SplittableRandom random = sequences(a).attributes();
      return new AccountRow(a, String.format(java.util.Locale.ROOT, "Account %02d", a), pick(random, PLANS),
          pick(random, REGIONS), instant(START_MICROS - random.nextLong(30 * MICROS_PER_DAY, 900 * MICROS_PER_DAY)));
    });
  }

  public Stream<UserRow> users() {
    return IntStream.rangeClosed(1, ACCOUNTS).boxed().flatMap(a -> {
      Sequences sequences = sequences(a);
      SplittableRandom random = sequences.users();
      return userIds(a, sequences).stream().map(id -> new UserRow(a, id,
          instant(START_MICROS - 200 * MICROS_PER_DAY + random.nextLong(330 * MICROS_PER_DAY)),
          // About one user in twenty has no country (trap 5).
          random.nextInt(20) == 0 ? null : pick(random, COUNTRIES), pick(random, DEVICES)));
    });
  }

  /** Each user of the dimension is exposed to each experiment with probability 1/2, once. */
  public Stream<ExposureRow> exposures() {
    return IntStream.rangeClosed(1, ACCOUNTS).boxed().flatMap(a -> {
      Sequences sequences = sequences(a);
      SplittableRandom random = sequences.exposures();
      List<ExposureRow> rows = new ArrayList<>();
      for (long id : userIds(a, sequences)) {
        for (String experiment : EXPERIMENTS) {
          if (random.nextBoolean()) {
            rows.add(new ExposureRow(a, id, experiment, random.nextBoolean() ? "control" : "treatment",
                instant(START_MICROS + random.nextLong(120 * MICROS_PER_DAY))));
          }
        }
      }
      return rows.stream();
    });
  }

  /** The events, ids 1 to {@link #eventCount}, generated as the stream is read. */
  public Stream<EventRow> events() {
    return StreamSupport.stream(Spliterators.spliterator(new Events(), eventCount,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
  }

  // --- random sequences ------------------------------------------------------------------------------------------

  /** An account's random sequences, one per table, so that no table's rows move another's. */
  private record Sequences(int userCount, int weight, SplittableRandom attributes, SplittableRandom users,
      SplittableRandom events, SplittableRandom exposures) {}

  /** The sequence that assigns events to accounts: the seed's first split. */
  private SplittableRandom assignment() {
    return new SplittableRandom(seed).split();
  }

  private Sequences sequences(int account) {
    SplittableRandom root = new SplittableRandom(seed);
    root.split(); // the assignment's
    SplittableRandom own = root.split();
    for (int a = 2; a <= account; a++) {
      own = root.split();
    }
    SplittableRandom attributes = own.split();
    int userCount = 20 + attributes.nextInt(300);
    int weight = 1 + attributes.nextInt(10);
    return new Sequences(userCount, weight, attributes, own.split(), own.split(), own.split());
  }

  /**
   * The account's users: 1 to the user count, and in every fourth account three ids above 2^31, placed third to
   * fifth so that they are among the first users to have events.
   */
  private static List<Long> userIds(int account, Sequences sequences) {
    List<Long> ids = new ArrayList<>();
    for (long id = 1; id <= sequences.userCount(); id++) {
      ids.add(id);
    }
    if (account % 4 == FIRST_BIG_ID_ACCOUNT) {
      for (int j = 0; j < 3; j++) {
        ids.add(2 + j, (1L << 31) + 10L * account + j);
      }
    }
    return ids;
  }

  private static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static OffsetDateTime instant(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  /** The last microsecond (UTC) of the Sunday that ends the week {@code micros} is in. */
  private static long sundayEnd(long micros) {
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(micros, MICROS_PER_DAY));
    LocalDate monday = day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    return monday.toEpochDay() * MICROS_PER_DAY - 1;
  }

  // --- events ----------------------------------------------------------------------------------------------------

  /** Draws the account of each event in turn; an account with events weighs 1 to 10 in the draw. */
  private final class Events implements Iterator<EventRow> {
    private final SplittableRandom assignment = assignment();
    private final AccountEvents[] accounts = new AccountEvents[ACCOUNTS_WITH_EVENTS + 1];
    private final int[] cumulativeWeights = new int[ACCOUNTS_WITH_EVENTS + 1];
    private long next = 1;

    Events() {
      int total = 0;
      for (int a = 1; a <= ACCOUNTS_WITH_EVENTS; a++) {
        total += sequences(a).weight();
        cumulativeWeights[a] = total;
      }
    }

    @Override
    public boolean hasNext() {
      return next <= eventCount;
    }

    @Override
    public EventRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      int draw = assignment.nextInt(cumulativeWeights[ACCOUNTS_WITH_EVENTS]);
      int account = 1;
      while (cumulativeWeights[account] <= draw) {
        account++;
      }
      if (accounts[account] == null) {
        accounts[account] = new AccountEvents(account, sequences(account));
      }
      return accounts[account].next(next++);
    }
  }

  /** One account's events, in time order: its sessions one after another. */
  private static final class AccountEvents {
    private final int account;
    private final SplittableRandom random;
    private final List<Long> users;
    private final long orphanBase;
    private final long longestSessionGap;
    private int activeUsers;
    private long clock;
    private int session = -1;
    private int remaining;
    private long user;
    private boolean heavy;
    private boolean newUser;
    private boolean mondayNext;

    AccountEvents(int account, Sequences sequences) {
      this.account = account;
      this.random = sequences.events();
      this.users = userIds(account, sequences);
      this.orphanBase = sequences.userCount();
      // A busier account's sessions follow each other sooner, so that every account's events span about the same
      // months (five for the default data): hours apart in the busiest accounts, days in the quietest.
      this.longestSessionGap = Math.max(2 * MICROS_PER_HOUR, 150 * MICROS_PER_HOUR / sequences.weight());
      this.clock = START_MICROS + random.nextLong(2 * MICROS_PER_DAY);
    }

    EventRow next(long eventId) {
      boolean first = remaining == 0;
      if (first) {
        startSession();
      } else if (mondayNext) {
        // One microsecond after Sunday's last: Monday 00:00:00 UTC (trap 7).
        clock++;
        mondayNext = false;
      } else if (heavy) {
        clock += random.nextLong(MICROS_PER_SECOND);
      } else {
        // A few events at the same microsecond as the one before (ties, trap 2).
        clock += random.nextInt(30) == 0 ? 0 : random.nextLong(5 * MICROS_PER_SECOND, 600 * MICROS_PER_SECOND + 1);
      }
      remaining--;
      int type = eventType(first);
      return new EventRow(eventId, account, user, type, instant(clock), properties(type));
    }

    private void startSession() {
      session++;
      heavy = session == HEAVY_SESSION && HEAVY_ACCOUNTS.contains(account);
      // Under 3,600 gaps of under a second: within one hour (trap 6).
      remaining = heavy ? random.nextInt(2_000, 3_500) : random.nextInt(2, 41);
      clock += random.nextLong(MICROS_PER_HOUR, longestSessionGap);
      // Every account's second session, and one in thirty after, starts on Sunday's last microsecond (trap 7).
      boolean edge = random.nextInt(30) == 0 || session == 1;
      if (edge && !heavy) {
        clock = sundayEnd(clock);
        mondayNext = true;
      }
      // Users join over time: one session in four is a new user's while there are any (trap 5: some not in the
      // dimension).
      newUser = false;
      if (random.nextInt(30) == 0) {
        user = orphanBase + 1 + random.nextInt(ORPHAN_USER_IDS);
      } else if (activeUsers < users.size() && (activeUsers == 0 || random.nextInt(4) == 0)) {
        user = users.get(activeUsers++);
        newUser = true;
      } else {
        user = users.get(random.nextInt(activeUsers));
      }
    }

    private int eventType(boolean first) {
      if (first && newUser) {
        return SIGNUP;
      }
      if (first && random.nextBoolean()) {
        return LOGIN;
      }
      int r = random.nextInt(100);
      if (r < 38) {
        return PAGE_VIEW;
      } else if (r < 58) {
        return CLICK;
      } else if (r < 70) {
        return SEARCH;
      } else if (r < 76) {
        return SHARE;
      } else if (r < 88) {
        return ADD_TO_CART;
      } else if (r < 97) {
        return PURCHASE;
      }
      return REFUND;
    }

    /** The event's JSON document: amounts and currency on purchases and refunds, a page or target otherwise. */
    private String properties(int type) {
      StringBuilder json = new StringBuilder("{");
      switch (type) {
        case PURCHASE, REFUND -> {
          // One purchase in twenty has the key with a JSON null (trap 4); refunds are negative (trap 3).
          if (type == PURCHASE && random.nextInt(20) == 0) {
            json.append("\"amount_cents\": null");
          } else {
            int cents = random.nextInt(199, 50_000);
            json.append("\"amount_cents\": ").append(type == REFUND ? -cents : cents);
          }
          int currency = random.nextInt(10);
          switch (currency) {
            case 0 -> {} // absent
            case 1 -> json.append(", \"currency\": null");
            case 2, 3, 4, 5, 6 -> json.append(", \"currency\": \"USD\"");
            default -> json.append(", \"currency\": \"EUR\"");
          }
        }
        case SEARCH -> json.append("\"query_length\": ").append(random.nextInt(1, 60));
        case CLICK, SHARE, ADD_TO_CART -> json.append("\"target\": \"item-").append(random.nextInt(1, 500))
            .append('"');
        case SIGNUP, LOGIN -> json.append("\"method\": \"").append(random.nextBoolean() ? "password" : "sso")
            .append('"');
        default -> json.append("\"page\": \"").append(pick(random, PAGES)).append('"');
      }
      if (random.nextInt(10) == 0) {
        json.append(", \"context\": {\"campaign\": \"").append(pick(random, CAMPAIGNS)).append("\"}");
      }
      return json.append('}').toString();
    }
  }
}
