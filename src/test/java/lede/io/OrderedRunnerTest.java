package lede.io;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderedRunnerTest {
    private static List<Integer> numbers(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    private static int slowSquare(int i) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(3)); // finish out of order
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return i * i;
    }

    @Test
    void keepsInputOrderForAnyThreadsAndBatches() {
        List<Integer> expected = numbers(500).stream().map(i -> i * i).toList();
        for (int threads : new int[] {1, 2, 4}) {
            for (int batch : new int[] {1, 7, 64}) {
                List<Integer> out = new ArrayList<>();
                try (OrderedRunner<Integer, Integer> runner =
                             new OrderedRunner<>("test", threads, 2, OrderedRunnerTest::slowSquare, out::add)) {
                    runner.batches(batch).addAll(numbers(500).iterator());
                }
                assertEquals(expected, out, threads + " threads, batches of " + batch);
            }
        }
    }

    @Test
    void boundsTheItemsInFlight() {
        int threads = 2;
        int perThread = 3;
        int batch = 5;
        AtomicInteger added = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        int[] most = {0};
        try (OrderedRunner<Integer, Integer> runner = new OrderedRunner<>("test", threads, perThread,
                OrderedRunnerTest::slowSquare, result -> delivered.incrementAndGet())) {
            runner.batches(batch);
            for (int i = 0; i < 1000; i++) {
                runner.add(i);
                added.incrementAndGet();
                most[0] = Math.max(most[0], added.get() - delivered.get());
            }
            runner.finish();
        }
        assertEquals(1000, delivered.get());
        // the batches queued or running, one more just submitted, and the batch being filled
        assertTrue(most[0] <= (threads * perThread + 2) * batch, "at most " + most[0] + " in flight");
    }

    @Test
    void endsABatchAtItsWeight() {
        List<Integer> out = new ArrayList<>();
        try (OrderedRunner<Integer, Integer> runner = new OrderedRunner<>("test", 2, 2, i -> i, out::add)) {
            runner.batches(1000).batchWeight(10, i -> 4);
            runner.addAll(numbers(100).iterator());
        }
        assertEquals(numbers(100), out);
    }

    @Test
    void deliversEverythingBeforeAFailureThenRethrowsItAsItWas() {
        for (int threads : new int[] {1, 3}) {
            List<Integer> out = new ArrayList<>();
            IllegalArgumentException failure = new IllegalArgumentException("item 42");
            try (OrderedRunner<Integer, Integer> runner = new OrderedRunner<>("test", threads, 2, i -> {
                if (i == 42) {
                    throw failure;
                }
                return i;
            }, out::add)) {
                runner.batches(5);
                IllegalArgumentException thrown =
                        assertThrows(IllegalArgumentException.class, () -> runner.addAll(numbers(100).iterator()));
                assertSame(failure, thrown);
            }
            assertEquals(numbers(40), out.subList(0, 40), threads + " threads");
            assertTrue(out.size() <= 42 && !out.contains(42), threads + " threads: " + out.size());
        }
    }

    @Test
    void errorsPassUnwrapped() {
        try (OrderedRunner<Integer, Integer> runner = new OrderedRunner<>("test", 2, 2, i -> {
            throw new StackOverflowError("deep");
        }, i -> { })) {
            assertThrows(StackOverflowError.class, () -> runner.addAll(numbers(3).iterator()));
        }
    }

    @Test
    void interruptEndsTheRun() {
        try (OrderedRunner<Integer, Integer> runner = new OrderedRunner<>("test", 2, 1, i -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return i;
        }, i -> { })) {
            Thread.currentThread().interrupt();
            LedeException e = assertThrows(LedeException.class, () -> runner.addAll(numbers(10).iterator()));
            assertEquals("interrupted", e.getMessage());
            assertTrue(Thread.interrupted()); // the flag stays set for the caller (and is cleared here)
        }
    }
}
