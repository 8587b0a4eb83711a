package org.headlesscart.pricing.boundary;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.headlesscart.catalog.boundary.CatalogRevisionService;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.model.StoreView;
import org.headlesscart.platform.outbox.Outbox;
import org.headlesscart.pricing.control.coupon.CouponEditor;
import org.headlesscart.pricing.control.coupon.CouponProblem;
import org.headlesscart.pricing.control.coupon.CouponRows;
import org.headlesscart.pricing.control.coupon.CouponStore;
import org.headlesscart.pricing.entity.StoredCoupon;
import org.headlesscart.pricing.model.CouponAdminView;
import org.headlesscart.pricing.model.CouponDraft;
import org.headlesscart.pricing.model.CouponPage;
import org.headlesscart.pricing.model.CouponQuery;

/**
 * Coupons as {@code wc/v3/coupons} lists and edits them (docs/pricing-admin.md), for the operator only: the WAR
 * lets only staff call it. Each write is one transaction that also bumps the catalog revision, so that carts see
 * the change at once (their kept coupons and answers are per revision).
 */
@Stateless
public class CouponAdminService {

    @Inject
    CouponStore coupons;

    @Inject
    CatalogRevisionService revisions;

    @Inject
    CatalogService catalog;

    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    /** One page of the coupons that are not trashed. */
    public CouponPage list(CouponQuery query) {
        List<StoredCoupon> page = coupons.page(query);
        Map<Long, List<String>> usedBy = coupons.usedBy(page.stream().map(StoredCoupon::getId).toList());
        return new CouponPage(page.stream().map(c -> view(c, usedBy.getOrDefault(c.getId(), List.of()))).toList(),
                coupons.count(query));
    }

    /**
     * A coupon of any status, trashed too.
     *
     * @throws PricingException COUPON_NOT_FOUND
     */
    public CouponAdminView get(long id) {
        return coupons.find(id).map(this::view)
                .orElseThrow(() -> PricingFailure.COUPON_NOT_FOUND.exception(id));
    }

    /**
     * A new coupon: {@code code} is required, the other fields default as WooCommerce's.
     *
     * @throws PricingException COUPON_CODE_EMPTY, COUPON_CODE_EXISTS, INVALID_FIELDS, COUPON_INVALID_AMOUNT,
     *                          COUPON_INVALID_EMAIL
     */
    public CouponAdminView create(CouponDraft draft) {
        if (draft.code() == null || CouponRows.normalizeCode(draft.code()).isEmpty()) {
            throw PricingFailure.COUPON_CODE_EMPTY.exception("create");
        }
        StoredCoupon coupon = new StoredCoupon(null, clock.instant());
        return save(coupon, draft, true);
    }

    /**
     * Changes the fields given.
     *
     * @throws PricingException COUPON_TO_UPDATE_NOT_FOUND and those of {@link #create}
     */
    public CouponAdminView update(long id, CouponDraft draft) {
        StoredCoupon coupon = coupons.lock(id)
                .orElseThrow(() -> PricingFailure.COUPON_TO_UPDATE_NOT_FOUND.exception(id));
        coupon.setModifiedAt(clock.instant());
        return save(coupon, draft, false);
    }

    /**
     * Changes the fields given if the coupon is still as the caller read it (its modification time, as
     * {@link CouponAdminView#modified()} gave it): compared after the row is locked for this write, in the same
     * transaction, so a change committed between the caller's read and this write is seen and wins (compare and
     * set; a check before the lock could pass and then overwrite it). Nothing is written when it changed.
     *
     * @throws PricingException COUPON_CHANGED, and those of {@link #update}
     */
    public CouponAdminView updateIfUnmodified(long id, CouponDraft draft, Instant readModified) {
        StoredCoupon coupon = coupons.lock(id)
                .orElseThrow(() -> PricingFailure.COUPON_TO_UPDATE_NOT_FOUND.exception(id));
        if (readModified == null || !micros(coupon.getModifiedAt()).equals(micros(readModified))) {
            throw PricingFailure.COUPON_CHANGED.exception(id);
        }
        // Stored as the column keeps it (microseconds), so the view answered here compares equal to a later read.
        coupon.setModifiedAt(micros(clock.instant()));
        return save(coupon, draft, false);
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Moves a coupon to the trash, or with {@code force} deletes it; answers it as it was (trashed: as it is now).
     *
     * @throws PricingException COUPON_NOT_FOUND, COUPON_ALREADY_TRASHED
     */
    public CouponAdminView delete(long id, boolean force) {
        StoredCoupon coupon = coupons.lock(id).orElseThrow(() -> PricingFailure.COUPON_NOT_FOUND.exception(id));
        CouponAdminView before = view(coupon);
        if (force) {
            coupons.remove(coupon);
        } else if ("trash".equals(coupon.getStatus())) {
            throw PricingFailure.COUPON_ALREADY_TRASHED.exception(id);
        } else {
            coupon.setStatus("trash");
            coupon.setModifiedAt(clock.instant());
        }
        revisions.bump();
        outbox.record("coupon.deleted", id);
        return force ? before : view(coupon);
    }

    private CouponAdminView save(StoredCoupon coupon, CouponDraft draft, boolean adding) {
        boolean trashed = "trash".equals(coupon.getStatus());
        // The code is checked before the draft touches the coupon: a query would flush a taken code first.
        if (draft.code() != null) {
            String code = CouponRows.normalizeCode(draft.code());
            Optional<Long> holder = coupons.idByCode(code);
            if (holder.isPresent() && !holder.get().equals(coupon.getId())) {
                throw PricingFailure.COUPON_CODE_EXISTS.exception(code);
            }
        }
        new CouponEditor(zone(catalog.storeDetails())).apply(coupon, draft).ifPresent(problem -> {
            throw failure(problem);
        });
        if (adding) {
            coupons.add(coupon);
        }
        if (!coupons.flush()) {
            throw PricingFailure.COUPON_CODE_EXISTS.exception(coupon.getCode());
        }
        revisions.bump();
        // The webhook event (docs/webhooks.md), in this transaction; out of the trash is WooCommerce's "restored".
        outbox.record(adding ? "coupon.created" : trashed && !"trash".equals(coupon.getStatus()) ? "coupon.restored"
                : "coupon.updated", coupon.getId());
        return view(coupon);
    }

    private static PricingException failure(CouponProblem problem) {
        return switch (problem.kind()) {
            case EMPTY_CODE -> PricingFailure.COUPON_CODE_EMPTY.exception("update");
            case INVALID_AMOUNT -> PricingFailure.COUPON_INVALID_AMOUNT.exception("");
            case INVALID_EMAIL -> PricingFailure.COUPON_INVALID_EMAIL.exception("");
            case INVALID_FIELDS -> PricingFailure.invalidFields(problem.fields());
        };
    }

    private CouponAdminView view(StoredCoupon coupon) {
        return view(coupon, coupon.getId() == null ? List.of()
                : coupons.usedBy(List.of(coupon.getId())).getOrDefault(coupon.getId(), List.of()));
    }

    private static CouponAdminView view(StoredCoupon coupon, List<String> usedBy) {
        return new CouponAdminView(CouponRows.coupon(coupon, usedBy), coupon.getStatus(), coupon.getDescription(),
                coupon.getCreatedAt(), coupon.getModifiedAt(), new CouponAdminView.IdLists(
                        List.copyOf(CouponRows.ids(coupon.getProductIds())),
                        List.copyOf(CouponRows.ids(coupon.getExcludedProductIds())),
                        List.copyOf(CouponRows.ids(coupon.getCategoryIds())),
                        List.copyOf(CouponRows.ids(coupon.getExcludedCategoryIds()))));
    }

    /** The store's zone, for dates without an offset; WordPress also allows "UTC+2" and the like. */
    static ZoneId zone(StoreView store) {
        try {
            return ZoneId.of(store.timezone());
        } catch (DateTimeException notAZoneId) {
            return ZoneOffset.ofTotalSeconds(store.gmtOffset().multiply(java.math.BigDecimal.valueOf(3600)).intValue());
        }
    }
}
