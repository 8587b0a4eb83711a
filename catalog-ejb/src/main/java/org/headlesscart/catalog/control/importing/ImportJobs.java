package org.headlesscart.catalog.control.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.headlesscart.catalog.model.ImportJob;
import org.headlesscart.catalog.model.ImportReport;

/**
 * The background imports of this server and their progress, by id. Kept in memory only: a page polls its own
 * import for some seconds, and a restart ends the import anyway. Bounded: a finished import is forgotten an hour
 * after it ended, and at most {@link #MAX_JOBS} are kept (the oldest finished go first).
 */
@ApplicationScoped
public class ImportJobs {

    static final int MAX_JOBS = 100;
    static final Duration KEPT = Duration.ofHours(1);

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /** A new import that is about to run. */
    public Job start() {
        forgetOld(Instant.now());
        Job job = new Job(UUID.randomUUID().toString());
        jobs.put(job.id, job);
        return job;
    }

    /** A file refused as a whole: finished at once, nothing written. */
    public ImportJob refused(String reason) {
        Job job = start();
        job.stop(reason);
        return job.view();
    }

    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(id).map(jobs::get).map(Job::view);
    }

    private void forgetOld(Instant now) {
        jobs.values().removeIf(j -> j.endedAt != null && j.endedAt.plus(KEPT).isBefore(now));
        while (jobs.size() >= MAX_JOBS) {
            Optional<Job> oldest = jobs.values().stream().filter(j -> j.endedAt != null)
                    .min((a, b) -> a.endedAt.compareTo(b.endedAt));
            if (oldest.isEmpty()) {
                break;          // all running: a few more entries are cheaper than losing a running one
            }
            jobs.remove(oldest.get().id);
        }
    }

    /** One import's progress; written by the import's thread, read by any. */
    public static final class Job implements ImportProgress {

        private final String id;
        private final AtomicInteger done = new AtomicInteger();
        private volatile int total;
        private volatile ImportReport report;
        private volatile String refusal;
        private volatile Instant endedAt;

        Job(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        @Override
        public void started(int rows) {
            total = rows;
        }

        @Override
        public void rowDone() {
            done.incrementAndGet();
        }

        public void finish(ImportReport result) {
            report = result;
            endedAt = Instant.now();
        }

        public void stop(String reason) {
            refusal = reason;
            endedAt = Instant.now();
        }

        public ImportJob view() {
            return new ImportJob(id, total, done.get(), endedAt != null, Optional.ofNullable(refusal),
                    Optional.ofNullable(report));
        }
    }
}
