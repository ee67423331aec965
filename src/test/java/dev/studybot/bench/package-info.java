/**
 * Benchmarks, run with {@code ./mvnw -Pbench verify}: each prints its figures and the ratio to a raw JDBC
 * baseline measured in the same run. They never assert timings.
 */
package dev.studybot.bench;
