package dev.grainline.examples.data;

import java.util.List;
import java.util.Random;

/**
 * The store's fixed dimensions: 60 products in 8 categories (and 3 without), 25 locations, and the names customers
 * are made of. Written out rather than generated, so that examples and tests can name real rows.
 */
final class Catalog {
  private Catalog() {}

  /**
   * A product; {@code weight} is how often it is ordered or viewed relative to others (an Electronics product is
   * ordered 150 times as often as a Collectibles one).
   */
  record Product(int id, String name, String category, String subcategory, int priceCents, int weight) {
    ProductRow row() {
      return new ProductRow(id, name, category, subcategory, priceCents / 100.0);
    }
  }

  private static Product p(int id, String name, String category, String subcategory, int priceCents, int weight) {
    return new Product(id, name, category, subcategory, priceCents, weight);
  }

  static final List<Product> PRODUCTS = List.of(
      p(1, "Phone", "Electronics", "phones", 69_900, 300),
      p(2, "Phone Mini", "Electronics", "phones", 49_900, 300),
      p(3, "Phone Case", "Electronics", "accessories", 1_999, 300),
      p(4, "Laptop", "Electronics", "computers", 129_900, 300),
      p(5, "Tablet", "Electronics", "computers", 44_900, 300),
      p(6, "Monitor", "Electronics", "computers", 27_999, 300),
      p(7, "Headphones", "Electronics", "audio", 14_999, 300),
      p(8, "Earbuds", "Electronics", "audio", 8_999, 300),
      p(9, "Speaker", "Electronics", "audio", 5_999, 300),
      p(10, "Charger", "Electronics", "accessories", 2_499, 300),
      p(11, "Keyboard", "Electronics", "accessories", 4_999, 300),
      p(12, "Mouse", "Electronics", "accessories", 2_999, 300),
      p(13, "Novel", "Books", "fiction", 1_899, 400),
      p(14, "Mystery", "Books", "fiction", 1_499, 400),
      p(15, "Fantasy Saga", "Books", "fiction", 2_499, 400),
      p(16, "Short Stories", "Books", "fiction", 1_250, 400),
      p(17, "Biography", "Books", "nonfiction", 2_200, 400),
      p(18, "History", "Books", "nonfiction", 2_750, 400),
      p(19, "Cookbook", "Books", "nonfiction", 2_999, 400),
      p(20, "Picture Book", "Books", "children", 999, 400),
      p(21, "Comic", "Books", "children", 799, 400),
      p(22, "Atlas", "Books", "nonfiction", 3_495, 400),
      p(23, "Chef Knife", "Home", "kitchen", 8_900, 200),
      p(24, "Frying Pan", "Home", "kitchen", 3_999, 200),
      p(25, "Coffee Maker", "Home", "kitchen", 11_900, 200),
      p(26, "Kettle", "Home", "kitchen", 3_450, 200),
      p(27, "Desk Lamp", "Home", "furniture", 4_500, 200),
      p(28, "Bookshelf", "Home", "furniture", 15_900, 200),
      p(29, "Candle", "Home", "decor", 1_299, 200),
      p(30, "Picture Frame", "Home", "decor", 1_950, 200),
      p(31, "Rug", "Home", "decor", 12_900, 200),
      p(32, "T-Shirt", "Clothing", "tops", 1_500, 300),
      p(33, "Sweater", "Clothing", "tops", 5_900, 300),
      p(34, "Jacket", "Clothing", "tops", 14_900, 300),
      p(35, "Jeans", "Clothing", "bottoms", 6_900, 300),
      p(36, "Shorts", "Clothing", "bottoms", 2_900, 300),
      p(37, "Sneakers", "Clothing", "footwear", 8_995, 300),
      p(38, "Boots", "Clothing", "footwear", 13_900, 300),
      p(39, "Socks", "Clothing", null, 900, 300),
      p(40, "Board Game", "Toys", "games", 3_999, 200),
      p(41, "Puzzle", "Toys", "games", 1_999, 200),
      p(42, "Card Game", "Toys", "games", 1_299, 200),
      p(43, "Kite", "Toys", "outdoor", 2_400, 200),
      p(44, "Water Gun", "Toys", "outdoor", 1_450, 200),
      p(45, "Blocks", "Toys", "building", 4_999, 200),
      p(46, "Model Kit", "Toys", "building", 3_400, 200),
      p(47, "Yoga Mat", "Sports", "fitness", 2_900, 200),
      p(48, "Dumbbells", "Sports", "fitness", 7_900, 200),
      p(49, "Jump Rope", "Sports", "fitness", 1_199, 200),
      p(50, "Helmet", "Sports", "cycling", 6_499, 200),
      p(51, "Bike Light", "Sports", "cycling", 2_250, 200),
      p(52, "Water Bottle", "Sports", null, 1_700, 200),
      p(53, "Coffee Beans", "Grocery", "pantry", 1_650, 300),
      p(54, "Olive Oil", "Grocery", "pantry", 1_325, 300),
      p(55, "Chocolate", "Grocery", "snacks", 475, 300),
      p(56, "Silver Coin", "Collectibles", "coins", 25_000, 2),
      p(57, "Stamp Set", "Collectibles", "stamps", 7_500, 2),
      p(58, "Gift Card", null, null, 5_000, 50),
      p(59, "Mystery Box", null, null, 3_500, 50),
      p(60, "Sample Pack", null, null, 99, 50));

  private static final int[] CUMULATIVE_WEIGHTS = cumulative();

  private static int[] cumulative() {
    int[] sums = new int[PRODUCTS.size()];
    int sum = 0;
    for (int i = 0; i < sums.length; i++) {
      sum += PRODUCTS.get(i).weight();
      sums[i] = sum;
    }
    return sums;
  }

  /** A product, drawn by weight. */
  static Product pickProduct(Random random) {
    int r = random.nextInt(CUMULATIVE_WEIGHTS[CUMULATIVE_WEIGHTS.length - 1]);
    int i = java.util.Arrays.binarySearch(CUMULATIVE_WEIGHTS, r + 1);
    return PRODUCTS.get(i >= 0 ? i : -i - 1);
  }

  static final List<LocationRow> LOCATIONS = List.of(
      new LocationRow(1, "10001", "New York", "NE", "US"),
      new LocationRow(2, "94105", "San Francisco", "W", "US"),
      new LocationRow(3, "60601", "Chicago", "MW", "US"),
      new LocationRow(4, "73301", "Austin", "S", "US"),
      new LocationRow(5, "98101", "Seattle", "W", "US"),
      new LocationRow(6, "02108", "Boston", "NE", "US"),
      new LocationRow(7, "30301", "Atlanta", "S", "US"),
      new LocationRow(8, "80202", "Denver", "W", "US"),
      new LocationRow(9, "EC1A 1BB", "London", "England", "UK"),
      new LocationRow(10, "M1 1AE", "Manchester", "England", "UK"),
      new LocationRow(11, "EH1 1YZ", "Edinburgh", "Scotland", "UK"),
      new LocationRow(12, "10115", "Berlin", "Berlin", "DE"),
      new LocationRow(13, "80331", "Munich", "Bavaria", "DE"),
      new LocationRow(14, "75001", "Paris", "Ile-de-France", "FR"),
      new LocationRow(15, "69001", "Lyon", "Auvergne-Rhone-Alpes", "FR"),
      new LocationRow(16, "M5H 2N2", "Toronto", "Ontario", "CA"),
      new LocationRow(17, "H2Y 1C6", "Montreal", "Quebec", "CA"),
      new LocationRow(18, "100-0001", "Tokyo", "Kanto", "JP"),
      new LocationRow(19, "530-0001", "Osaka", "Kansai", "JP"),
      new LocationRow(20, "2000", "Sydney", "NSW", "AU"),
      new LocationRow(21, "3000", "Melbourne", "VIC", "AU"),
      new LocationRow(22, "1010", "Vienna", null, "AT"),
      new LocationRow(23, "00100", "Helsinki", null, "FI"),
      new LocationRow(24, "99999", "Springfield", null, null),
      new LocationRow(25, "00000", "Pop-up Store", null, null));

  static final List<String> FIRST_NAMES = List.of(
      "Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy", "Karl", "Laura", "Mallory",
      "Niaj", "Olivia", "Peggy", "Quentin", "Rupert", "Sybil", "Trent", "Uma", "Victor", "Wendy", "Xavier", "Yara",
      "Zoe");

  static final List<String> LAST_NAMES = List.of(
      "Anderson", "Brown", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jones", "Kim", "Lopez",
      "Martin", "Nguyen", "Okafor", "Patel", "Quinn", "Rossi", "Smith", "Tanaka", "Upton", "Virtanen", "Weber",
      "Xu", "Young", "Zhang");
}
