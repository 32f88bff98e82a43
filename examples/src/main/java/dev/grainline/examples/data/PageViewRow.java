package dev.grainline.examples.data;

import java.util.List;

/** A row of {@code page_views}. Anonymous visitors have no customer; only product pages have a product. */
public record PageViewRow(
    int viewId, String sessionId, Integer customerId, int pageDate, String pageType, Integer productId)
    implements TableRow {
  @Override
  public StoreTable table() {
    return StoreTable.PAGE_VIEWS;
  }

  @Override
  public List<Object> values() {
    return Rows.of(viewId, sessionId, customerId, pageDate, pageType, productId);
  }
}
