package dev.atlvs.benchmarks.compare;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Measures variants of one operation interleaved, so that a change of load on the machine reaches every variant
 * alike and cancels out of their ratio. Each {@link Comparison} runs in rounds: per round, every variant runs a
 * block of {@link Settings#block()} calls, the variants in a random order; the first
 * {@link Settings#warmupRounds()} rounds are discarded. The whole is repeated in {@link Settings#forks()} separate
 * JVM processes (as JMH forks, so that one JVM's compilation decisions do not decide the result). A fork first runs
 * every comparison's warm-up rounds, in an order of its own (a comparison measured before the others had run would
 * otherwise run on a JVM that has loaded and compiled only the code of the comparisons before it); then its measured
 * rounds go round all the comparisons, round by round, in a new random order each round. So each comparison's rounds
 * are spread over the whole fork: a spell of load on the machine, a few hundred milliseconds of another process or a
 * pause, reaches a few rounds of many comparisons, not every round of the one that happened to be measured then.
 * Each variant's block starts with one more call, timed apart: the first after the other variants ran, it finds the
 * variant's code, data and connection cold (its latency is about twice a warm call's, and would otherwise make up the
 * slowest 5 % of a block of 20), and is reported on its own. Every measured call's latency is kept with its fork and round;
 * {@link RatioAnalysis} turns them into absolute percentiles and ratios with confidence intervals.
 *
 * <p>Each block's CPU time is kept too: the measuring thread's ({@link ThreadMXBean#getCurrentThreadCpuTime()}; the
 * SDK's calls run on the calling thread, other threads of the JVM such as the garbage collector's and the JIT
 * compiler's are not counted) and, where {@link BackendCpu} can read them, the PostgreSQL backends' serving the
 * benchmark's databases. Both are read outside the timed calls: the backends are listed again at the start of each
 * round, and read before and after each block. Unlike the latency, a variant's CPU time does not grow when it has to
 * wait for a core on a busy machine. So are the bytes the measuring thread allocates in each block, read the same way.
 *
 * <p>The parent process calls {@link #launchForks}; each fork process calls {@link #runFork} with the
 * comparisons it has set up. Settings come from system properties ({@link Settings#fromSystemProperties()}),
 * which the parent hands on to its forks.
 */
public final class Interleaved {

    private Interleaved() {}

    /** One measured call of a variant; what it returns is kept from the optimizer. */
    @FunctionalInterface
    public interface Call {
        Object call() throws Exception;
    }

    /** One way of doing the operation of a comparison. */
    public record Variant(String name, Call call) {
        public Variant {
            requireNonNull(name, "name is null");
            requireNonNull(call, "call is null");
        }
    }

    /**
     * Variants of one operation; the first is the baseline (A), and each other variant is reported as a ratio to it
     * (B / A). {@code block} is the calls of each variant per round, or 0 for {@link Settings#block()}: a comparison
     * whose calls are long (a bulk load) runs fewer per round.
     */
    public record Comparison(String name, List<Variant> variants, int block) {
        public Comparison {
            requireNonNull(name, "name is null");
            variants = List.copyOf(variants);
            if (variants.size() < 2) {
                throw new IllegalArgumentException("a comparison needs at least two variants: " + name);
            }
            if (block < 0) {
                throw new IllegalArgumentException("a comparison's block is 0 (the settings') or more: " + name);
            }
        }

        /** Variants run {@link Settings#block()} times per round. */
        public Comparison(String name, List<Variant> variants) {
            this(name, variants, 0);
        }

        /** A comparison of {@code b} against the baseline {@code a}. */
        public static Comparison of(String name, Variant a, Variant b) {
            return new Comparison(name, List.of(a, b));
        }

        /** This comparison with {@code calls} calls of each variant per round. */
        public Comparison withBlock(int calls) {
            if (calls < 1) {
                throw new IllegalArgumentException("a block has at least one call: " + name);
            }
            return new Comparison(name, variants, calls);
        }

        int blockOf(Settings settings) {
            return block == 0 ? settings.block() : block;
        }
    }

    /**
     * How much to measure.
     *
     * @param forks JVM processes ({@code bench.ratio.forks}, default 5)
     * @param rounds measured rounds per comparison and fork ({@code bench.ratio.rounds}, default 40)
     * @param warmupRounds discarded rounds before them ({@code bench.ratio.warmupRounds}, default 50: a thousand calls of
     *     each variant, enough for the JIT to compile the SDK's path, which is longer than hand-written JDBC's)
     * @param block calls of each variant per round ({@code bench.ratio.block}, default 20)
     * @param seed the seed of every shuffle and of the bootstrap ({@code bench.ratio.seed}, default 20261205)
     * @param bootstrap resamples of the confidence intervals ({@code bench.ratio.bootstrap}, default 2,000)
     * @param include a regular expression the comparisons' names must contain a match of ({@code bench.ratio.include},
     *     default all)
     */
    public record Settings(int forks, int rounds, int warmupRounds, int block, long seed, int bootstrap, String include) {

        public Settings {
            if (forks < 1 || rounds < 2 || warmupRounds < 0 || block < 1 || bootstrap < 100) {
                throw new IllegalArgumentException("need forks >= 1, rounds >= 2, warmupRounds >= 0, block >= 1, bootstrap >= 100");
            }
            include = include == null ? "" : include;
        }

        public static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("bench.ratio.forks", 5), Integer.getInteger("bench.ratio.rounds", 40),
                    Integer.getInteger("bench.ratio.warmupRounds", 50), Integer.getInteger("bench.ratio.block", 20),
                    Long.getLong("bench.ratio.seed", 20261205L), Integer.getInteger("bench.ratio.bootstrap", 2_000),
                    System.getProperty("bench.ratio.include", ""));
        }

        /** The settings as system property arguments of a fork's command line. */
        List<String> asArguments() {
            return List.of("-Dbench.ratio.forks=" + forks, "-Dbench.ratio.rounds=" + rounds, "-Dbench.ratio.warmupRounds=" + warmupRounds,
                    "-Dbench.ratio.block=" + block, "-Dbench.ratio.seed=" + seed, "-Dbench.ratio.bootstrap=" + bootstrap,
                    "-Dbench.ratio.include=" + include);
        }

        boolean includes(String comparison) {
            return include.isBlank() || Pattern.compile(include).matcher(comparison).find();
        }
    }

    /**
     * Starts {@code settings.forks()} JVMs one after the other, each running {@code mainClass} with the arguments
     * {@code fork <index> <result file>} on this JVM's class path, with {@code jvmArguments} and the settings as
     * system properties; their output goes to this process's. Returns the result files, one per fork.
     *
     * @throws IllegalStateException if a fork exits with a non-zero status
     */
    public static List<Path> launchForks(Class<?> mainClass, Settings settings, List<String> jvmArguments, Path directory)
            throws IOException, InterruptedException {
        Files.createDirectories(directory);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Path> results = new ArrayList<>();
        for (int fork = 0; fork < settings.forks(); fork++) {
            Path result = directory.resolve("fork-" + fork + ".tsv");
            Files.deleteIfExists(result);
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(jvmArguments);
            command.addAll(settings.asArguments());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName(), "fork", Integer.toString(fork),
                    result.toString()));
            System.out.printf(Locale.ROOT, "# Fork %d of %d%n", fork + 1, settings.forks());
            int status = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (status != 0 || !Files.exists(result)) {
                throw new IllegalStateException("fork " + fork + " failed with status " + status);
            }
            results.add(result);
        }
        return results;
    }

    /** As {@link #runFork(List, int, Settings, BackendCpu, Path)} without the server's CPU time (reported unavailable). */
    public static void runFork(List<Comparison> comparisons, int fork, Settings settings, Path result) throws Exception {
        runFork(comparisons, fork, settings, null, result);
    }

    /**
     * Runs the comparisons in this fork, in orders drawn from the seed and the fork's index, and writes every
     * measured block to {@code result}: one line per comparison, variant and round, {@code comparison TAB variant TAB
     * fork TAB round TAB nanoseconds,... TAB client CPU nanoseconds TAB server CPU nanoseconds TAB first call
     * nanoseconds TAB allocated bytes}, the latencies of the block's calls, then the CPU time the block consumed in the
     * measuring thread and in the backends of {@code server} ({@value BackendCpu#UNAVAILABLE} where it could not be read,
     * or {@code server} is null), then the latency of the call that ran before the block (the variant's first after the
     * others ran), then the bytes the measuring thread allocated during the block (HotSpot's
     * {@code getCurrentThreadAllocatedBytes}; {@value BackendCpu#UNAVAILABLE} where the JVM does not count them). Files
     * of earlier runs end after the latencies, the CPU times or the first call; {@link RatioAnalysis} reads them all.
     */
    public static void runFork(List<Comparison> comparisons, int fork, Settings settings, BackendCpu server, Path result) throws Exception {
        Random random = new Random(settings.seed() * 1_000_003L + fork);
        List<Comparison> order = new ArrayList<>(comparisons.stream().filter(c -> settings.includes(c.name())).toList());
        Collections.shuffle(order, random);
        if (server != null) {
            System.out.printf(Locale.ROOT, "  server CPU: %d backends found%n", server.backends().length);
        }
        // Every comparison of the fork runs its warm-up rounds once before any is measured, so that none is measured on
        // a JVM that has loaded and compiled only the code of the comparisons before it in this fork's order.
        long warming = System.nanoTime();
        for (Comparison comparison : order) {
            for (int round = 0; round < settings.warmupRounds(); round++) {
                round(comparison, settings, null, random, null, round);
            }
        }
        System.out.printf(Locale.ROOT, "  warm-up of all %d comparisons: %.1f s%n", order.size(), (System.nanoTime() - warming) / 1e9);
        // The measured rounds go round the comparisons, in a new order each time: every comparison's rounds are spread
        // over the whole fork, so a spell of load on the machine (a few hundred milliseconds of another process, a
        // pause) reaches a few rounds of many comparisons instead of all the rounds of the one measured at the time.
        Map<Comparison, Blocks> measured = new LinkedHashMap<>();
        Map<Comparison, Long> spent = new HashMap<>();
        for (Comparison comparison : order) {
            measured.put(comparison, Blocks.of(comparison, settings));
        }
        long measuring = System.nanoTime();
        List<Comparison> turn = new ArrayList<>(order);
        for (int round = 0; round < settings.rounds(); round++) {
            Collections.shuffle(turn, random);
            for (Comparison comparison : turn) {
                long started = System.nanoTime();
                round(comparison, settings, server, random, measured.get(comparison), round);
                spent.merge(comparison, System.nanoTime() - started, Long::sum);
            }
        }
        System.out.printf(Locale.ROOT, "  %d measured rounds of every comparison: %.1f s%n", settings.rounds(),
                (System.nanoTime() - measuring) / 1e9);
        Path partial = result.resolveSibling(result.getFileName() + ".partial");
        try (BufferedWriter out = Files.newBufferedWriter(partial)) {
            for (Map.Entry<Comparison, Blocks> entry : measured.entrySet()) {
                Comparison comparison = entry.getKey();
                Blocks blocks = entry.getValue();
                for (int variant = 0; variant < blocks.nanos().length; variant++) {
                    for (int round = 0; round < settings.rounds(); round++) {
                        StringBuilder line = new StringBuilder(comparison.name()).append('\t')
                                .append(comparison.variants().get(variant).name()).append('\t').append(fork).append('\t').append(round).append('\t');
                        for (int call = 0; call < comparison.blockOf(settings); call++) {
                            line.append(call == 0 ? "" : ",").append(blocks.nanos()[variant][round][call]);
                        }
                        line.append('\t').append(blocks.clientCpu()[variant][round]).append('\t').append(blocks.serverCpu()[variant][round])
                                .append('\t').append(blocks.firstCalls()[variant][round]).append('\t').append(blocks.allocated()[variant][round]);
                        out.write(line.append('\n').toString());
                    }
                }
                System.out.printf(Locale.ROOT, "  %s: %.1f s%n", comparison.name(), spent.get(comparison) / 1e9);
            }
        }
        Files.move(partial, result);
    }

    /**
     * Latencies by variant, measured round and call; CPU nanoseconds of each block by variant and measured round; the
     * latency of each block's first call (not among the block's calls) by variant and measured round; the bytes the
     * measuring thread allocated in each block by variant and measured round.
     */
    private record Blocks(long[][][] nanos, long[][] clientCpu, long[][] serverCpu, long[][] firstCalls, long[][] allocated) {

        static Blocks of(Comparison comparison, Settings settings) {
            int variants = comparison.variants().size();
            int rounds = settings.rounds();
            return new Blocks(new long[variants][rounds][comparison.blockOf(settings)], new long[variants][rounds], new long[variants][rounds],
                    new long[variants][rounds], new long[variants][rounds]);
        }
    }

    /**
     * One round of {@code comparison}: every variant's first call and block of calls, the variants in a random order. Recorded in
     * {@code blocks} as round {@code round}, or not at all when {@code blocks} is null (a warm-up round).
     */
    private static void round(Comparison comparison, Settings settings, BackendCpu server, Random random, Blocks blocks, int round)
            throws Exception {
        int block = comparison.blockOf(settings);
        List<Integer> order = new ArrayList<>();
        for (int variant = 0; variant < comparison.variants().size(); variant++) {
            order.add(variant);
        }
        Collections.shuffle(order, random);
        long[] backends = server == null ? new long[0] : server.backends();
        for (int variant : order) {
            Call call = comparison.variants().get(variant).call();
            // The first call after the other variants (or comparisons) ran finds this variant's code, data and connection
            // cold; it is timed apart, so that the block's calls and CPU time are those of the variant running.
            long firstStarted = System.nanoTime();
            Object first = call.call();
            long firstElapsed = System.nanoTime() - firstStarted;
            sink ^= System.identityHashCode(first);
            if (blocks != null) {
                blocks.firstCalls()[variant][round] = firstElapsed;
            }
            long[] serverBefore = server == null ? null : server.read(backends);
            long allocatedBefore = ALLOCATION == null ? 0 : ALLOCATION.getCurrentThreadAllocatedBytes();
            long clientBefore = THREAD_CPU ? THREADS.getCurrentThreadCpuTime() : 0;
            for (int i = 0; i < block; i++) {
                long started = System.nanoTime();
                Object result = call.call();
                long elapsed = System.nanoTime() - started;
                sink ^= System.identityHashCode(result);
                if (blocks != null) {
                    blocks.nanos()[variant][round][i] = elapsed;
                }
            }
            long clientAfter = THREAD_CPU ? THREADS.getCurrentThreadCpuTime() : 0;
            long allocatedAfter = ALLOCATION == null ? 0 : ALLOCATION.getCurrentThreadAllocatedBytes();
            long[] serverAfter = server == null ? null : server.read(backends);
            if (blocks != null) {
                blocks.allocated()[variant][round] = ALLOCATION == null ? BackendCpu.UNAVAILABLE : allocatedAfter - allocatedBefore;
                blocks.clientCpu()[variant][round] = THREAD_CPU ? clientAfter - clientBefore : BackendCpu.UNAVAILABLE;
                blocks.serverCpu()[variant][round] = server == null ? BackendCpu.UNAVAILABLE : BackendCpu.consumed(serverBefore, serverAfter);
            }
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Whether the measuring thread's CPU time can be read. */
    private static final boolean THREAD_CPU = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    /** HotSpot's view of the thread bean where it counts each thread's allocated bytes, else null. */
    private static final com.sun.management.ThreadMXBean ALLOCATION = THREADS instanceof com.sun.management.ThreadMXBean hotSpot
            && hotSpot.isThreadAllocatedMemorySupported() && hotSpot.isThreadAllocatedMemoryEnabled() ? hotSpot : null;

    /** Where results go so that no call's work can be optimized away. */
    private static volatile int sink;
}
