package org.headlesscart.console.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.ConfigProvider;
import org.headlesscart.catalog.boundary.CatalogImportService;
import org.headlesscart.catalog.model.ImportJob;
import org.headlesscart.catalog.model.ImportReport;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

/**
 * The WooCommerce CSV import ({@code console/catalog/import.xhtml}): the upload (PrimeFaces shows its progress),
 * then the import in the background ({@link CatalogImportService#startWooCommerceCsv}) with a progress bar that
 * polls it, then its report. The file is bounded as the API's import route bounds it
 * ({@code headlesscart.api.max-import-bytes}) and by rows ({@code headlesscart.catalog.import-max-rows}); a file that
 * is not a WooCommerce export is refused before anything is written.
 */
@Named("catalogImportPage")
@ViewScoped
public class CatalogImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long DEFAULT_MAX_BYTES = 67_108_864;

    @EJB
    CatalogImportService imports;

    /** The API import route's limit; read once per view (a config injection would not survive passivation). */
    private long maxBytes;

    private String jobId;
    private String fileName;
    private transient ImportJob job;          // asked again by id when the view comes back
    private final Problems problems = new Problems();

    @PostConstruct
    void init() {
        maxBytes = ConfigProvider.getConfig().getOptionalValue("headlesscart.api.max-import-bytes", Long.class)
                .orElse(DEFAULT_MAX_BYTES);
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        job = null;
        jobId = null;
        if (file.getSize() > maxBytes) {
            refuse("The file is " + file.getSize() + " bytes; an import takes at most " + maxBytes + " bytes.");
            return;
        }
        job = imports.startWooCommerceCsv(file.getContent());
        jobId = job.id();
        if (job.refusal().isPresent() && job.finished()) {
            refuse(job.refusal().get() + " Nothing was imported.");
            return;
        }
    }

    private void refuse(String message) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, fileName + " was refused: " + message, null));
    }

    /** The progress bar's value, polled while the import runs: percent of rows done. */
    public int getPercent() {
        if (jobId == null) {
            return 0;
        }
        job = imports.importJob(jobId).orElse(job);
        return job == null ? 0 : job.percent();
    }

    /**
     * The page's poll, every second: reads a running import's job again (the bar, its caption and, once it has
     * finished, the report re-render from it); nothing to do while no import runs.
     */
    public void poll() {
        if (jobId != null && (job == null || !job.finished())) {
            job = imports.importJob(jobId).orElse(job);
            if (job != null && job.finished()) {
                finished();
                // Messages only now: re-rendering them on every tick would wipe an upload's refusal a second later.
                PrimeFaces.current().ajax().update(":messages");
            }
        }
    }

    /** The import has finished: the report is shown, or why the import stopped. */
    public void finished() {
        job = jobId == null ? null : imports.importJob(jobId).orElse(job);
        if (job == null) {
            return;
        }
        if (job.refusal().isPresent()) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, job.refusal().get(), null));
        } else {
            ImportReport report = job.report().orElseThrow();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    fileName + " imported: " + report.created() + " created, " + report.updated() + " updated, "
                    + report.skipped() + " refused.", null));
        }
    }

    public boolean isReportShown() {
        return job != null && job.finished() && job.report().isPresent();
    }

    public ImportReport getReport() {
        return job == null ? null : job.report().orElse(null);
    }

    /** Rows done, e.g. "12 of 40 rows", for the bar's caption. */
    public String getProgressText() {
        return job == null ? "" : job.done() + " of " + job.total() + " rows";
    }

    public long getMaxBytes() {
        return maxBytes;
    }

    public String getFileName() {
        return fileName;
    }

    public Problems getProblems() {
        return problems;
    }

    /** The report's problems, a page at a time (a large file can have thousands). */
    public final class Problems extends LazyDataModel<ImportReport.Problem> {

        private static final long serialVersionUID = 1L;

        private List<ImportReport.Problem> all() {
            ImportReport report = getReport();
            return report == null ? List.of() : report.problems();
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return all().size();
        }

        @Override
        public List<ImportReport.Problem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            List<ImportReport.Problem> all = all();
            setRowCount(all.size());
            return all.subList(Math.min(first, all.size()), Math.min(first + pageSize, all.size()));
        }

        @Override
        public String getRowKey(ImportReport.Problem problem) {
            return problem.lineNumber() + ":" + all().indexOf(problem);
        }

        @Override
        public ImportReport.Problem getRowData(String rowKey) {
            return null;
        }
    }
}
