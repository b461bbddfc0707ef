package dev.upkeep.inventory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of JMH's benchmark threads per operation ({@code ·cpu.ms/op}), from
 * {@link ThreadMXBean}: on a shared machine wall time also counts the time other processes held
 * the core, CPU time only the work done. {@code -prof dev.upkeep.inventory.ThreadCpuProfiler}.
 */
public class ThreadCpuProfiler implements InternalProfiler {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long before;

    @Override
    public String getDescription() {
        return "CPU time of the benchmark threads per operation (ThreadMXBean)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        before = workerCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
        long ops = Math.max(1, result.getMetadata().getAllOps());
        double msPerOp = (workerCpuNanos() - before) / 1e6 / ops;
        return List.of(new ScalarResult("cpu.ms/op", msPerOp, "ms/op", AggregationPolicy.AVG));
    }

    /** JMH names its benchmark threads {@code <benchmark>-jmh-worker-<n>} and keeps them across iterations. */
    private long workerCpuNanos() {
        long sum = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("-jmh-worker-")) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }
}
