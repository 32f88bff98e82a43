package dev.grainline.examples.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/** A SHA-256 over every row of a data set, in a canonical text form, to pin generated data in tests. */
final class RowDigest {
  private RowDigest() {}

  static String of(StoreDataSet data) {
    return of(data, java.util.List.of(StoreTable.values()));
  }

  /** The digest over the rows of {@code tables}, in that order. */
  static String of(StoreDataSet data, java.util.List<StoreTable> tables) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
    for (StoreTable table : tables) {
      MessageDigest d = digest;
      data.rows(table).forEach(row -> d.update((table.tableName() + "\t" + row.values().stream()
          .map(v -> v == null ? "\\N" : v.toString())
          .collect(Collectors.joining("\t")) + "\n").getBytes(StandardCharsets.UTF_8)));
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
