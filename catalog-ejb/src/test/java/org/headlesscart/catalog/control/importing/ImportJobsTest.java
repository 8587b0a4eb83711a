package org.headlesscart.catalog.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.headlesscart.catalog.model.ImportJob;
import org.headlesscart.catalog.model.ImportReport;
import org.junit.jupiter.api.Test;

/** The background imports' progress as a page reads it, by id. */
class ImportJobsTest {

    final ImportJobs jobs = new ImportJobs();

    @Test
    void aRunningImportShowsRowsDoneOfTotalAndNeverReachesAHundredBeforeItEnds() {
        ImportJobs.Job job = jobs.start();
        job.started(3);
        job.rowDone();
        job.rowDone();
        job.rowDone();

        ImportJob seen = jobs.find(job.id()).orElseThrow();
        assertEquals(3, seen.done());
        assertEquals(3, seen.total());
        assertFalse(seen.finished(), "the links are still to come");
        assertEquals(99, seen.percent());

        job.finish(new ImportReport(3, 0, 0, List.of()));
        assertEquals(100, jobs.find(job.id()).orElseThrow().percent());
        assertTrue(jobs.find(job.id()).orElseThrow().report().isPresent());
    }

    @Test
    void aRefusedFileIsFinishedAtOnceWithItsReasonAndNoReport() {
        ImportJob refused = jobs.refused("Not a WooCommerce product export");

        assertTrue(refused.finished());
        assertEquals(Optional.of("Not a WooCommerce product export"), refused.refusal());
        assertEquals(Optional.empty(), refused.report());
        assertEquals(refused, jobs.find(refused.id()).orElseThrow());
    }

    @Test
    void unknownIdsFindNothing() {
        assertEquals(Optional.empty(), jobs.find("nope"));
        assertEquals(Optional.empty(), jobs.find(null));
    }

    @Test
    void keepsAtMostAHundredDroppingTheOldestFinishedFirst() {
        ImportJob first = jobs.refused("first");
        for (int i = 0; i < ImportJobs.MAX_JOBS; i++) {
            jobs.refused("later " + i);
        }
        ImportJobs.Job running = jobs.start();

        assertEquals(Optional.empty(), jobs.find(first.id()), "the oldest finished import made room");
        assertTrue(jobs.find(running.id()).isPresent());
    }
}
