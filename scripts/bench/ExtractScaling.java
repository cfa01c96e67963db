// lede extract's 1- vs 2-thread speed-up measured in ONE JVM, rounds alternating 1, 2, 1, 2, ... threads
// over the same documents, so both see the same machine load and the same JIT state (the machine is shared:
// separate runs minutes apart measure the neighbours as much as lede). Prints each round's tokens/s and the
// mean number of cores the process kept busy. Run by scripts/bench/extract:
//   java -cp "target/lede.jar:target/lib/*" scripts/bench/ExtractScaling.java DOCS.ndjson ROUNDS
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.extract.ExtractConfig;
import lede.extract.Extractor;
import lede.extract.Outputs;
import lede.io.Json;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class ExtractScaling {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int rounds = Integer.parseInt(args[1]);
        Extractor extractor = new Extractor(ExtractConfig.defaults().withOutputs(Outputs.parse(List.of("entities,dates"))));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] best = new double[3];
        for (int round = 0; round < rounds; round++) {
            int threads = round % 2 == 0 ? 1 : 2;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (String line : lines) {
                ObjectNode document = (ObjectNode) Json.MAPPER.readTree(line);
                done.add(pool.submit(() -> extractor.extract(document)));
            }
            long tokens = 0;
            for (Future<Integer> f : done) {
                tokens += f.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cores = (os.getProcessCpuTime() - cpu0) / 1e9 / seconds;
            double rate = tokens / seconds;
            System.out.printf("  round %d, %d thread%s: %,.0f tokens/s, %.2f cores busy%s%n", round + 1, threads,
                    threads == 1 ? " " : "s", rate, cores, round == 0 ? " (JIT warm-up)" : "");
            if (round > 0) {
                best[threads] = Math.max(best[threads], rate);
            }
        }
        System.out.printf("lede 2 threads vs 1 in one JVM (best round of each after warm-up): %.2fx (%,.0f -> %,.0f tokens/s)%n",
                best[2] / best[1], best[1], best[2]);
        System.exit(0);
    }
}
