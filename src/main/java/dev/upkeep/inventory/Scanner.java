package dev.upkeep.inventory;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Inventory;
import dev.upkeep.domain.InventoryFile;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.UpkeepException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Builds an {@link Inventory}: walks the tree, hands each wanted file to every extractor that wants
 * it (in parallel), turns every failure into a {@link Problem} naming the file, and merges what the
 * extractors found ({@link InventoryMerger}).
 */
public final class Scanner {
    /** What a scan reports while it runs, for a progress display. */
    public interface Listener {
        void walked(int wantedFiles);

        void extracted(String path);

        Listener NONE = new Listener() {
            @Override
            public void walked(int wantedFiles) {}

            @Override
            public void extracted(String path) {}
        };
    }

    /** Scan settings. */
    public record Options(long maxFileSize, boolean gitignore, int threads) {
        public static Options defaults() {
            return new Options(Walker.DEFAULT_MAX_FILE_SIZE, true, Math.max(1, Runtime.getRuntime().availableProcessors()));
        }
    }

    private final List<Extractor> extractors;
    private final Options options;

    public Scanner(List<Extractor> extractors, Options options) {
        this.extractors = List.copyOf(requireNonNull(extractors, "extractors is null"));
        this.options = requireNonNull(options, "options is null");
    }

    /**
     * Scans {@code root}. A root that is not a directory is a usage error; everything else that goes
     * wrong while reading becomes a problem in the (then partial) inventory.
     */
    public Inventory scan(Path root, Listener listener) {
        if (!Files.exists(root)) {
            throw UpkeepException.usage("no such folder: " + root);
        }
        if (!Files.isDirectory(root)) {
            throw UpkeepException.usage("not a folder: " + root + " (scan takes the stack's root folder)");
        }
        Walker.Result walked;
        try {
            walked = new Walker(options.gitignore()).walk(root);
        } catch (IOException e) {
            throw UpkeepException.input("cannot read folder " + root + ": " + Walker.reason(e), e);
        }
        List<Job> jobs = new ArrayList<>();
        for (Walker.WalkedFile f : walked.files()) {
            for (Extractor x : extractors) {
                if (x.wants(f.path())) {
                    jobs.add(new Job(x, f));
                }
            }
        }
        listener.walked(jobs.size());
        List<Extraction> results = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(walked.problems());
        runAll(walked.root(), jobs, listener, results::add);
        List<Component> components = new ArrayList<>();
        List<InventoryFile> files = new ArrayList<>();
        for (Extraction e : results) {
            components.addAll(e.components());
            files.addAll(e.files());
            problems.addAll(e.problems());
        }
        problems.sort(null);
        files.sort(null);
        long distinctFiles = jobs.stream().map(j -> j.file.path()).distinct().count();
        return new Inventory(root.toString(), InventoryMerger.merge(components), files.stream().distinct().toList(),
                problems, (int) distinctFiles);
    }

    private void runAll(Path realRoot, List<Job> jobs, Listener listener, Consumer<Extraction> sink) {
        if (jobs.isEmpty()) {
            return;
        }
        int threads = Math.min(options.threads(), jobs.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "upkeep-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Extraction>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> {
                    Extraction e = extractOne(realRoot, job);
                    listener.extracted(job.file.path());
                    return e;
                }));
            }
            for (Future<Extraction> f : futures) {
                sink.accept(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpkeepException(dev.upkeep.domain.ErrorCategory.INTERNAL, "scan interrupted", e);
        } catch (ExecutionException e) {
            throw new UpkeepException(dev.upkeep.domain.ErrorCategory.INTERNAL, "extractor crashed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs one extractor on one file; never throws for bad input. */
    Extraction extractOne(Path realRoot, Job job) {
        String path = job.file.path();
        if (job.file.size() > options.maxFileSize()) {
            return problem(job, 0, "skipped: " + (job.file.size() >> 20) + " MiB is over the "
                    + (options.maxFileSize() >> 20) + " MiB limit (--max-file-size)");
        }
        try {
            return job.extractor.extract(new FileInput(realRoot, path, options.maxFileSize()));
        } catch (FormatException e) {
            return problem(job, e.line(), e.getMessage());
        } catch (java.nio.file.AccessDeniedException e) {
            return problem(job, 0, "cannot read: permission denied");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ParseErrors.Located located = ParseErrors.locate(e);
            return problem(job, located.line(), located.message());
        } catch (IOException e) {
            return problem(job, 0, "cannot read: " + Walker.reason(e));
        } catch (RuntimeException e) {
            ParseErrors.Located located = ParseErrors.locate(e);
            return problem(job, located.line(), located.message());
        } catch (StackOverflowError e) {
            return problem(job, 0, "too deeply nested to read");
        }
    }

    private static Extraction problem(Job job, int line, String message) {
        return new Extraction(List.of(), List.of(),
                List.of(new Problem(job.extractor.id(), new Location(job.file.path(), line), message)));
    }

    record Job(Extractor extractor, Walker.WalkedFile file) {}
}
