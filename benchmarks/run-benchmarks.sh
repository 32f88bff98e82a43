#!/usr/bin/env bash
# Runs the benchmark programs one after another and writes their output to benchmarks/results/.
# Build first (from the repository root):
#   ./mvnw -q -DskipTests install
# Needs PostgreSQL at $GRAINLINE_BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/grainline_bench?user=root, a
# database created on first use and kept, not the tests' one); loads schema v3_bench
# there and in /tmp/grainline-bench/bench.duckdb on first use (about 15 s; the days of orders and page views are then
# spread over a year), then reuses them. Takes about 25 minutes (steps 1 and 2 plan for PostgreSQL and Trino), and
# about 12 more for step 4 (generated SQL on Trino) when the build ran on JDK 25.0.1 or newer.
set -euo pipefail
cd "$(dirname "$0")"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR=target/benchmarks.jar
mkdir -p results

{ date -u; nproc; grep -m1 'model name' /proc/cpuinfo; free -g | head -2; "$JAVA" -version 2>&1; } > results/machine.txt

# 1. Planning ratios, interleaved in one JVM, PostgreSQL's and Trino's rendering in the same rounds (about 5 minutes).
"$JAVA" -Xms1g -Xmx1g -cp "$JAR" dev.grainline.benchmarks.PlanningRatios --dialects POSTGRES,TRINO \
  | tee results/planning-ratios.txt

# 2. Planning under JMH, SampleTime (about 15 minutes, both dialects): medians and tails per path.
"$JAVA" -cp "$JAR" dev.grainline.benchmarks.PlanningReport -rf json -rff results/planning.json \
  | tee results/planning.txt | grep -E '^\||^Medians'

# 3. Generated SQL against hand-written SQL on PostgreSQL and DuckDB, 1,021,646 order lines (about 3.5 minutes).
"$JAVA" -Xmx2g --enable-native-access=ALL-UNNAMED -cp "$JAR" dev.grainline.benchmarks.SqlExecutionBenchmark \
  --warmups 3 --runs 15 --explain results/explain | tee results/sql-execution.txt

# 4. The same on Trino 483, started in its own JVM with the memory catalog (TrinoExecution, test scope: the build
#    writes its class path to target/trino-classpath.txt on JDK 25.0.1+, which Trino needs). Loads the same data set
#    into Trino on every run (about 2 minutes), then 2 warm-up and 9 measured rounds per case.
if [ -f target/trino-classpath.txt ]; then
  "$JAVA" -Xmx6g --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
    -cp "target/test-classes:target/classes:$(cat target/trino-classpath.txt)" dev.grainline.benchmarks.TrinoExecution \
    --warmups 2 --runs 9 --explain results/explain-trino 2>target/trino-server.log | tee results/trino-execution.txt
else
  echo "step 4 (Trino) not run: no target/trino-classpath.txt; build with a JDK 25.0.1 or newer" >&2
fi
