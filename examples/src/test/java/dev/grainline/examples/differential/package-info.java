/**
 * Differential tests of the store model: the SQL Grainline generates runs on PostgreSQL and DuckDB, aggregated
 * directly and rolled up from partial aggregates (four targets), through the typed and the text API, and its rows
 * must equal those of {@link dev.grainline.examples.differential.StoreOracle}, a hand-coded evaluation of the model
 * over the generator's Java rows that shares no code with the runtime.
 *
 * <ul>
 *   <li>{@link dev.grainline.examples.differential.OracleSelfTest}: the oracle against the reference's hand-checked
 *       toy values.
 *   <li>{@link dev.grainline.examples.differential.StoreDifferentialTest}: every metric by every dimension set it
 *       reaches, all metrics together, under filters, with having, order and limit; the named queries.
 *   <li>{@link dev.grainline.examples.differential.StoreKnownCasesTest}: the reference's wrong cases (K1, K2, K6, K7,
 *       K10), NULL groups and orphan keys, with hand-written SQL where it is plainer.
 *   <li>{@link dev.grainline.examples.differential.StoreRandomQueryTest}: seeded random queries, shrunk on failure.
 *       {@code -Dgrainline.seed=N -Dgrainline.queries=N -Dgrainline.case=I} replay or explore.
 *   <li>{@link dev.grainline.examples.differential.RuntimeFindingsTest}: what the suites found, reduced.
 *   <li>{@link dev.grainline.examples.differential.StoreWindowDifferentialTest}: every window metric (TimeMetrics) at
 *       its grain and finer, partitioned, under date and other filters, over sparse periods; the rejected queries;
 *       against {@link dev.grainline.examples.differential.WindowOracle}.
 *   <li>{@link dev.grainline.examples.differential.StoreWindowScenariosTest}: the reference's window scenarios
 *       S12–S15 and wrong cases K3, K4, K5, K8, K9 on the toy data, with hand-derived values.
 *   <li>{@link dev.grainline.examples.differential.StoreWindowRandomQueryTest}: seeded random time-series queries.
 * </ul>
 *
 * <p>The sample data ({@code SampleData.standard()}) is loaded once per JVM into a schema of the PostgreSQL test
 * database ({@code GRAINLINE_PG_URL}, by default grainline_test) and a temporary DuckDB file; a database that cannot
 * be reached fails the tests.
 * Runs go through a small thread pool ({@code -Dgrainline.threads}) so that both engines work at once.
 */
package dev.grainline.examples.differential;
