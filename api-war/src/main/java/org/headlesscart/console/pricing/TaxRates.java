package org.headlesscart.console.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.ConfigProvider;
import org.headlesscart.console.security.ConsoleUser;
import org.headlesscart.pricing.boundary.TaxAdminService;
import org.headlesscart.pricing.boundary.TaxImportService;
import org.headlesscart.pricing.boundary.TaxShippingException;
import org.headlesscart.pricing.model.TaxClass;
import org.headlesscart.pricing.model.TaxImportReport;
import org.headlesscart.pricing.model.TaxRate;
import org.headlesscart.pricing.model.TaxRateDraft;
import org.headlesscart.pricing.model.TaxRatePage;
import org.headlesscart.pricing.model.TaxRateQuery;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

/**
 * Tax rates by class (WooCommerce → Settings → Tax: administrator-only), paged in the database by the boundary
 * {@code wc/v3/taxes} uses; one form creates or edits a rate; the CSV import takes an uploaded file, runs it through
 * {@code TaxImportService} and shows its report.
 */
@Named
@ViewScoped
public class TaxRates implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long DEFAULT_MAX_BYTES = 1_048_576;

    @EJB
    transient TaxAdminService taxes;

    @EJB
    transient TaxImportService imports;

    @Inject
    transient ConsoleUser user;

    private String taxClass = "";
    private final Rates model = new Rates();
    private Long editing;
    private String country = "";
    private String state = "";
    private String postcodes = "";
    private String cities = "";
    private String rate = "";
    private String name = "";
    private String priority = "1";
    private boolean compound;
    private boolean shipping = true;
    private String rateClass = "";
    private String fileName;
    private TaxImportReport report;
    /** The API import route's body limit; read once per view (a config injection would not survive passivation). */
    private long maxBytes;

    @PostConstruct
    void init() {
        maxBytes = ConfigProvider.getConfig().getOptionalValue("headlesscart.api.max-body-bytes", Long.class)
                .orElse(DEFAULT_MAX_BYTES);
    }

    public List<TaxClass> getClasses() {
        return taxes.classes();
    }

    public LazyDataModel<TaxRate> getModel() {
        return model;
    }

    /** The class filter's action: first page of that class. */
    public void apply() {
        if (!taxes.classSlugs().contains(taxClass) && !taxClass.isEmpty()) {
            taxClass = "";
        }
        firstPage();
    }

    private static void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":list:rates") instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    /** Fills the form with a row, to edit it. */
    public void edit(TaxRate row) {
        user.requireAdministrator();
        editing = row.id();
        country = row.country();
        state = row.state();
        postcodes = String.join("; ", row.postcodes());
        cities = String.join("; ", row.cities());
        rate = row.rate().toPlainString();
        name = row.name();
        priority = Integer.toString(row.priority());
        compound = row.compound();
        shipping = row.shipping();
        rateClass = row.taxClass();
    }

    /** Empties the form, to add a rate. */
    public void clear() {
        editing = null;
        country = "";
        state = "";
        postcodes = "";
        cities = "";
        rate = "";
        name = "";
        priority = "1";
        compound = false;
        shipping = true;
        rateClass = taxClass;
    }

    public void save() {
        user.requireAdministrator();
        BigDecimal percent = null;
        try {
            percent = new BigDecimal(Forms.text(rate));
            if (percent.signum() < 0 || percent.compareTo(new BigDecimal("1000")) >= 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            Forms.error("rate:rate", "Enter a percentage such as 7.25 (0 or more).");
        }
        Integer prio = Forms.whole("rate:priority", priority, 1, 1);
        if (percent == null || prio == null) {
            return;
        }
        TaxRateDraft draft = new TaxRateDraft(Forms.text(country), Forms.text(state), list(postcodes), list(cities),
                percent, Forms.text(name), prio, compound, shipping, null, rateClass);
        try {
            TaxRate saved = editing == null ? taxes.create(draft) : taxes.update(editing, draft);
            Forms.info((editing == null ? "Added" : "Saved") + " tax rate " + saved.code() + " (" + saved.rate()
                    .toPlainString() + " %).");
            editing = saved.id();
        } catch (TaxShippingException refused) {
            refused("rate", refused);
        }
    }

    public void delete(TaxRate row) {
        user.requireAdministrator();
        try {
            TaxRate deleted = taxes.delete(row.id());
            Forms.info("Deleted tax rate " + deleted.code() + ".");
            if (editing != null && editing == row.id()) {
                clear();
            }
        } catch (TaxShippingException refused) {
            Forms.error(null, "This tax rate no longer exists.");
        }
    }

    /**
     * The uploaded file (p:fileUpload, WooCommerce → Settings → Tax → Export CSV) through {@code TaxImportService}:
     * a file that is not such an export (not UTF-8, not its header) or too large is refused whole with the reason,
     * before anything is written; otherwise good rows are added and bad ones reported with their line and reason.
     */
    public void upload(FileUploadEvent event) {
        user.requireAdministrator();
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        report = null;
        if (file.getSize() > maxBytes) {
            refuseFile("The file is " + file.getSize() + " bytes; an import takes at most " + maxBytes + " bytes.");
            return;
        }
        try {
            report = imports.importFile(file.getContent());
            Forms.info(fileName + ": imported " + report.imported().size() + " of " + report.rows() + " rows; refused "
                    + report.refused().size() + ".");
            firstPage();
        } catch (TaxShippingException refused) {
            refuseFile(refused.getMessage());
        }
    }

    private void refuseFile(String reason) {
        Forms.error(null, fileName + " was refused: " + reason + " Nothing was imported.");
    }

    public String joined(List<String> values) {
        return String.join("; ", values);
    }

    private static List<String> list(String value) {
        return List.of(Forms.text(value).split("\\s*;\\s*")).stream().filter(s -> !s.isBlank()).toList();
    }

    static void refused(String form, TaxShippingException refused) {
        switch (refused.failure()) {
            case INVALID_FIELDS -> refused.fields().forEach((field, problem) -> Forms.error(switch (field) {
                case "country", "state", "rate", "name", "priority", "postcodes", "cities" -> form + ":" + field;
                case "postcode" -> form + ":postcodes";
                case "city" -> form + ":cities";
                case "class" -> form + ":class";
                default -> null;
            }, problem));
            case UNKNOWN_TAX_CLASS -> Forms.error(form + ":class", "Choose a tax class that exists.");
            case UNKNOWN_TAX_RATE, UNKNOWN_TAX_RATE_TO_DELETE -> Forms.error(null, "This tax rate no longer exists.");
            default -> Forms.error(null, "The change was refused: " + refused.getMessage());
        }
    }

    TaxRatePage load(long first, int pageSize) {
        return taxes.list(new TaxRateQuery(taxClass, TaxRateQuery.Order.ORDER, false, first,
                Math.max(1, Math.min(100, pageSize))));
    }

    /** Rates of the class, in table order; the count is asked first, as PrimeFaces does. */
    final class Rates extends LazyDataModel<TaxRate> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, TaxRates.this.load(0, 1).total());
        }

        @Override
        public List<TaxRate> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return TaxRates.this.load(first, pageSize).rates();
        }

        @Override
        public String getRowKey(TaxRate row) {
            return Long.toString(row.id());
        }
    }

    public String getTaxClass() { return taxClass; }
    public void setTaxClass(String taxClass) { this.taxClass = taxClass == null ? "" : taxClass; }
    public Long getEditing() { return editing; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getPostcodes() { return postcodes; }
    public void setPostcodes(String postcodes) { this.postcodes = postcodes; }
    public String getCities() { return cities; }
    public void setCities(String cities) { this.cities = cities; }
    public String getRate() { return rate; }
    public void setRate(String rate) { this.rate = rate; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public boolean isCompound() { return compound; }
    public void setCompound(boolean compound) { this.compound = compound; }
    public boolean isShipping() { return shipping; }
    public void setShipping(boolean shipping) { this.shipping = shipping; }
    public String getRateClass() { return rateClass; }
    public void setRateClass(String rateClass) { this.rateClass = rateClass == null ? "" : rateClass; }
    public long getMaxBytes() { return maxBytes; }
    public TaxImportReport getReport() { return report; }
}
