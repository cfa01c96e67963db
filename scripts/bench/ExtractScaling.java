// lede extract's 1- vs 2-thread speed-up measured in ONE JVM, rounds alternating 1, 2, 1, 2, ... threads
// over the same documents, so both see the same machine load and the same JIT state (the machine is shared:
// separate runs minutes apart measure the neighbours as much as lede). Default outputs (all four), as a user
// runs it. The first two rounds are the JIT's warm-up and are left out: rounds of 200 Reuters articles were
// still warming up after 1,400 articles (1.28x), rounds of 1,000 settle after the first pair (1.98x).
// Prints each round's tokens/s, the cores the process kept busy and the worker threads' CPU per 1,000 tokens.
// Run by scripts/bench/extract:
//   java -cp "target/lede.jar:target/lib/*" scripts/bench/ExtractScaling.java DOCS.ndjson ROUNDS
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.extract.ExtractConfig;
import lede.extract.Extractor;
import lede.io.Json;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

public class ExtractScaling {
    static final int WARM_UP_ROUNDS = 2;

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int rounds = Integer.parseInt(args[1]);
        Extractor extractor = new Extractor(ExtractConfig.defaults());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < rounds; round++) {
            int threads = round % 2 == 0 ? 1 : 2;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicLong workerNanos = new AtomicLong();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (String line : lines) {
                ObjectNode document = (ObjectNode) Json.MAPPER.readTree(line);
                done.add(pool.submit(() -> {
                    long start = threadBean.getCurrentThreadCpuTime();
                    int tokens = extractor.extract(document);
                    workerNanos.addAndGet(threadBean.getCurrentThreadCpuTime() - start);
                    return tokens;
                }));
            }
            long tokens = 0;
            for (Future<Integer> f : done) {
                tokens += f.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cores = (os.getProcessCpuTime() - cpu0) / 1e9 / seconds;
            double rate = tokens / seconds;
            boolean warmUp = round < WARM_UP_ROUNDS;
            System.out.printf("  round %d, %d thread%s: %,.0f tokens/s, %.2f cores busy, workers %.3f CPU s per 1,000 tokens%s%n",
                    round + 1, threads, threads == 1 ? " " : "s", rate, cores, workerNanos.get() / 1e6 / tokens,
                    warmUp ? " (JIT warm-up, left out)" : "");
            if (!warmUp) {
                rates.get(threads).add(rate);
            }
        }
        double one = median(rates.get(1)), two = median(rates.get(2));
        System.out.printf("lede 2 threads vs 1 in one JVM (median of the rounds after warm-up): %.2fx (%,.0f -> %,.0f tokens/s)%n",
                two / one, one, two);
        System.exit(0);
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
