package dev.grainline.examples.data;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Deterministic sample data for the store: the same seed and sizes give the same rows on every run, JVM and machine.
 * Randomness comes only from {@link java.util.Random}, whose algorithm its specification fixes, and uses integer
 * arithmetic only (no {@code Math.pow} or {@code log}, which may differ in the last bit between platforms).
 *
 * <p>Orders fall between 2023-11-15 and 2024-05-15, across a year boundary; the calendar covers 2023 and 2024.
 * The data has what a semantic layer must get right: NULL order status, quantity and unit price; orders whose
 * customer or product has no dimension row (their groups are NULL through left joins); products without category;
 * a sparse category (Collectibles: two products, a handful of order lines); locations without region or country;
 * customers without location; anonymous page views and pages without product.
 *
 * <p>Inventory is counted irregularly, from 2023-10-02 to 2024-06-28 (before the first order and after the last):
 * every product every 1–7 days, with gaps of three to seven weeks now and then, the two collectibles about monthly
 * and one product never. A few counts are NULL (not taken), a few products are counted twice on one day with two
 * different counts, and one product id that the catalog does not have is counted too. Its rows come from a random
 * sequence of their own, so they leave every other table's rows as they were.
 *
 * @param seed what makes one data set differ from another of the same size
 * @param orderCount orders, with 1–5 lines each (3 on average)
 * @param customerCount customers in the dimension table; a few orders name customers beyond it
 * @param pageViewCount page views, in sessions of 1–8 views
 */
public record SampleData(long seed, int orderCount, int customerCount, int pageViewCount) implements StoreDataSet {
  /** Changes whenever the rows for a given seed and size change, so stale demo databases get reloaded. */
  public static final int VERSION = 2;

  public static final long DEFAULT_SEED = 20231115L;
  public static final LocalDate FIRST_ORDER_DAY = LocalDate.of(2023, 11, 15);
  public static final LocalDate LAST_ORDER_DAY = LocalDate.of(2024, 5, 15);
  public static final LocalDate FIRST_CALENDAR_DAY = LocalDate.of(2023, 1, 1);
  public static final LocalDate LAST_CALENDAR_DAY = LocalDate.of(2024, 12, 31);
  public static final LocalDate FIRST_SNAPSHOT_DAY = LocalDate.of(2023, 10, 2);
  public static final LocalDate LAST_SNAPSHOT_DAY = LocalDate.of(2024, 6, 28);

  /** Order customers beyond {@link #customerCount} come from this many ids past it. */
  private static final int ORPHAN_CUSTOMER_IDS = 20;
  /** Order lines with an unknown product name one of this many ids past the catalog. */
  private static final int ORPHAN_PRODUCT_IDS = 5;

  private static final int ORDER_DAYS = (int) ChronoUnit.DAYS.between(FIRST_ORDER_DAY, LAST_ORDER_DAY) + 1;
  private static final int[] WAREHOUSES = {1, 3, 5, 9, 12};

  // Salts that give each table its own random sequence.
  private static final long ORDERS = 1;
  private static final long CUSTOMERS = 2;
  private static final long PAGE_VIEWS = 3;
  private static final long INVENTORY = 4;

  /** Counted about monthly: the sparse category's products. */
  private static final java.util.Set<Integer> MONTHLY_COUNTS = java.util.Set.of(56, 57);
  /** Never counted. */
  private static final int UNCOUNTED_PRODUCT = 59;

  public SampleData {
    if (orderCount < 1 || customerCount < 1 || pageViewCount < 1) {
      throw new IllegalArgumentException(
          "sizes must be positive: " + orderCount + " orders, " + customerCount + " customers, " + pageViewCount
              + " page views");
    }
  }

  /** About 6,000 orders (18,000 lines), 500 customers and 30,000 page views. */
  public static SampleData standard() {
    return withOrders(6_000);
  }

  /**
   * Sample data scaled to {@code orders} orders: about three lines each (so 340,000 orders give over a million
   * lines), one customer per twelve orders (at least 500), five page views per order.
   */
  public static SampleData withOrders(int orders) {
    return new SampleData(DEFAULT_SEED, orders, Math.max(500, orders / 12), Math.multiplyExact(orders, 5));
  }

  @Override
  public String description() {
    return "sample data v" + VERSION + ": seed " + seed + ", " + orderCount + " orders, " + customerCount
        + " customers, " + pageViewCount + " page views";
  }

  // --- orders ------------------------------------------------------------------------------------------------------

  private record GeneratedOrder(OrderRow order, List<OrderItemRow> items) {}

  @Override
  public Stream<OrderRow> orders() {
    return generatedOrders().map(GeneratedOrder::order);
  }

  @Override
  public Stream<OrderItemRow> orderItems() {
    return generatedOrders().flatMap(o -> o.items().stream());
  }

  // Each order has its own random sequence, so orders and their lines are generated alike by both streams.
  private Stream<GeneratedOrder> generatedOrders() {
    return IntStream.rangeClosed(1, orderCount).mapToObj(this::order);
  }

  private GeneratedOrder order(int orderId) {
    Random random = random(ORDERS, orderId);
    int day = DateRow.dateId(FIRST_ORDER_DAY.plusDays(random.nextInt(ORDER_DAYS)));
    boolean orphan = random.nextInt(1000) < 15;
    int customerId = orphan ? customerCount + 1 + random.nextInt(ORPHAN_CUSTOMER_IDS) : skewed(random, customerCount);
    Integer from = WAREHOUSES[random.nextInt(WAREHOUSES.length)];
    // Orders ship to where the customer lives, when that is known.
    Integer to = orphan ? null : customer(customerId).locationId();
    if (to == null) {
      to = 1 + random.nextInt(Catalog.LOCATIONS.size());
    }
    OrderRow order = new OrderRow(orderId, customerId, day, from, to, status(random));
    int lines = 1 + random.nextInt(5);
    List<OrderItemRow> items = new ArrayList<>(lines);
    for (int line = 1; line <= lines; line++) {
      items.add(orderItem(random, orderId, line));
    }
    return new GeneratedOrder(order, items);
  }

  private static String status(Random random) {
    int r = random.nextInt(100);
    if (r < 2) {
      return null;
    } else if (r < 72) {
      return "completed";
    } else if (r < 84) {
      return "pending";
    } else if (r < 92) {
      return "shipped";
    } else if (r < 97) {
      return "cancelled";
    }
    return "returned";
  }

  private static OrderItemRow orderItem(Random random, int orderId, int line) {
    int productId;
    int priceCents;
    if (random.nextInt(200) == 0) {
      productId = Catalog.PRODUCTS.size() + 1 + random.nextInt(ORPHAN_PRODUCT_IDS);
      priceCents = 500 + random.nextInt(5_000);
    } else {
      Catalog.Product product = Catalog.pickProduct(random);
      productId = product.id();
      priceCents = product.priceCents();
    }
    if (random.nextInt(100) < 15) {
      priceCents = (priceCents * 9 + 5) / 10; // 10% off, rounded to the cent
    }
    Integer quantity = random.nextInt(200) == 0 ? null : 1 + Math.min(random.nextInt(4), random.nextInt(4));
    Double unitPrice = random.nextInt(200) == 0 ? null : priceCents / 100.0;
    return new OrderItemRow(orderId, line, productId, quantity, unitPrice);
  }

  // --- customers ---------------------------------------------------------------------------------------------------

  @Override
  public Stream<CustomerRow> customers() {
    return IntStream.rangeClosed(1, customerCount).mapToObj(this::customer);
  }

  private CustomerRow customer(int customerId) {
    Random random = random(CUSTOMERS, customerId);
    String first = Catalog.FIRST_NAMES.get(random.nextInt(Catalog.FIRST_NAMES.size()));
    String last = Catalog.LAST_NAMES.get(random.nextInt(Catalog.LAST_NAMES.size()));
    String email = (first + "." + last).toLowerCase(Locale.ROOT) + customerId + "@example.com";
    // Most customers registered before the first order day, some during the order period.
    LocalDate registered = random.nextInt(100) < 85
        ? FIRST_CALENDAR_DAY.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(FIRST_CALENDAR_DAY,
            FIRST_ORDER_DAY)))
        : FIRST_ORDER_DAY.plusDays(random.nextInt(ORDER_DAYS));
    Integer location = random.nextInt(100) < 2 ? null : 1 + random.nextInt(Catalog.LOCATIONS.size());
    return new CustomerRow(customerId, first + " " + last, email, DateRow.dateId(registered), location);
  }

  // --- page views --------------------------------------------------------------------------------------------------

  @Override
  public Stream<PageViewRow> pageViews() {
    Spliterator<PageViewRow> views = Spliterators.spliterator(new PageViews(), pageViewCount,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
    return StreamSupport.stream(views, false);
  }

  /** Sessions of 1–8 views by one visitor on one day, walking home → product → cart → checkout pages. */
  private final class PageViews implements Iterator<PageViewRow> {
    private final Random random = random(PAGE_VIEWS, 0);
    private int nextViewId = 1;
    private int session;
    private int viewsLeftInSession;
    private Integer customerId;
    private int day;
    private String page = "";

    @Override
    public boolean hasNext() {
      return nextViewId <= pageViewCount;
    }

    @Override
    public PageViewRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (viewsLeftInSession == 0) {
        session++;
        viewsLeftInSession = 1 + random.nextInt(8);
        customerId = random.nextInt(100) < 25 ? null : skewed(random, customerCount);
        day = DateRow.dateId(FIRST_ORDER_DAY.plusDays(random.nextInt(ORDER_DAYS)));
        page = "";
      }
      viewsLeftInSession--;
      page = nextPage(page, random.nextInt(100));
      Integer productId = page.equals("product") ? Catalog.pickProduct(random).id() : null;
      return new PageViewRow(nextViewId++, "s" + session, customerId, day, page, productId);
    }
  }

  private static String nextPage(String current, int r) {
    return switch (current) {
      case "" -> r < 60 ? "home" : "product";
      case "home" -> r < 70 ? "product" : r < 90 ? "cart" : "home";
      case "product" -> r < 50 ? "product" : r < 80 ? "cart" : "home";
      case "cart" -> r < 50 ? "checkout" : r < 80 ? "product" : "home";
      default -> "home";
    };
  }

  // --- inventory ---------------------------------------------------------------------------------------------------

  @Override
  public Stream<InventorySnapshotRow> inventorySnapshots() {
    // The catalog's products, then one id past it that orders also name without a product row.
    return IntStream.rangeClosed(1, Catalog.PRODUCTS.size() + 1)
        .filter(productId -> productId != UNCOUNTED_PRODUCT)
        .boxed()
        .flatMap(productId -> counts(productId).stream());
  }

  /** One product's counts, in day order: a random walk of stock, restocked when it runs low. */
  private List<InventorySnapshotRow> counts(int productId) {
    Random random = random(INVENTORY, productId);
    List<InventorySnapshotRow> rows = new ArrayList<>();
    int units = 20 + random.nextInt(200);
    LocalDate day = FIRST_SNAPSHOT_DAY.plusDays(random.nextInt(7));
    while (!day.isAfter(LAST_SNAPSHOT_DAY)) {
      int dateId = DateRow.dateId(day);
      if (random.nextInt(100) < 2) {
        rows.add(new InventorySnapshotRow(productId, dateId, null));
      } else {
        rows.add(new InventorySnapshotRow(productId, dateId, units));
        if (random.nextInt(100) < 3) {
          // A second count on the same day, higher: recounted after a delivery was shelved.
          rows.add(new InventorySnapshotRow(productId, dateId, units + 1 + random.nextInt(20)));
        }
      }
      units = Math.max(0, units + random.nextInt(41) - 25);
      if (units < 15) {
        units += 100 + random.nextInt(100);
      }
      int gap;
      if (MONTHLY_COUNTS.contains(productId)) {
        gap = 25 + random.nextInt(11);
      } else if (random.nextInt(100) < 4) {
        gap = 21 + random.nextInt(29);
      } else {
        gap = 1 + random.nextInt(7);
      }
      day = day.plusDays(gap);
    }
    return rows;
  }

  // --- dimensions that do not depend on the seed -------------------------------------------------------------------

  @Override
  public Stream<ProductRow> products() {
    return Catalog.PRODUCTS.stream().map(Catalog.Product::row);
  }

  @Override
  public Stream<LocationRow> locations() {
    return Catalog.LOCATIONS.stream();
  }

  /** One row per day of 2023 and 2024: the order period with margins on both sides. */
  @Override
  public Stream<DateRow> dates() {
    return FIRST_CALENDAR_DAY.datesUntil(LAST_CALENDAR_DAY.plusDays(1)).map(DateRow::of);
  }

  // --- randomness --------------------------------------------------------------------------------------------------

  private Random random(long salt, long id) {
    return new Random(mix(mix(seed ^ salt * 0x9E3779B97F4A7C15L) + id));
  }

  /** SplitMix64's finalizer: neighbouring seeds must not give correlated first values, as they do in Random. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** An id in 1..n, low ids more often: a few customers buy and browse much more than most. */
  private static int skewed(Random random, int n) {
    return 1 + Math.min(random.nextInt(n), random.nextInt(n));
  }
}
