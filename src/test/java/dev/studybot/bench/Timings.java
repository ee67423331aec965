package dev.studybot.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds and their percentiles. */
final class Timings {

    private final long[] samples;
    private int size;

    Timings(int capacity) {
        samples = new long[capacity];
    }

    synchronized void add(long nanos) {
        samples[size++] = nanos;
    }

    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
    }

    String summary() {
        return String.format("p50 %.3f ms, p99 %.3f ms, max %.3f ms (%d samples)", percentileMillis(50),
                percentileMillis(99), percentileMillis(100), size);
    }
}
