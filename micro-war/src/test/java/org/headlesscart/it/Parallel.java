package org.headlesscart.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Requests sent at the same moment: every task waits for one start signal, so they race on the server. */
final class Parallel {

    private Parallel() {
    }

    /** Runs {@code request} for 0 … n-1 at once (at most 64 threads) and returns the results in that order. */
    static <T> List<T> run(int n, Function<Integer, T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 64));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> call = () -> {
                    start.await();
                    return request.apply(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
