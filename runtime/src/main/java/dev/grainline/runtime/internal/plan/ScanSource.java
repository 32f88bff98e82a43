package dev.grainline.runtime.internal.plan;

/** An entity's rows, as a grain group reads them: straight from its tables, or from a scan shared with others. */
public sealed interface ScanSource extends RowSource permits Scan, SharedScan {
  /** The scan these rows are, whether read inline or through a shared CTE. */
  Scan scan();
}
