package dev.studybot.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs the same action many times on a pool of threads at once, as racing clicks or instances would. */
public final class Concurrently {

    private Concurrently() {}

    /** Runs {@code times} calls of {@code action} (given the call's index) on {@code threads} threads; their results. */
    public static <T> List<T> run(int threads, int times, IntFunction<Callable<T>> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<T>> calls = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                calls.add(action.apply(i));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
