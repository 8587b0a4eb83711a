package org.headlesscart.api.cocart.v2.cart;

import java.net.URI;

import org.headlesscart.api.cocart.v2.catalog.CatalogLinks;
import org.headlesscart.api.cocart.v2.catalog.PricesResponse;
import org.headlesscart.catalog.model.StoreView;

/**
 * What rendering a cart needs besides the cart: the store currency (shown as products show it), the dimension
 * unit, the placeholder image, and the request's {@code thumb} flag.
 *
 * @param thumb whether items show their {@code featured_image}; {@code ""} when not
 */
record CartFormat(PricesResponse.Currency currency, String dimensionUnit, String placeholder, boolean thumb) {

    /** The store's dimension unit, WooCommerce's default when the store has none configured. */
    static final String DEFAULT_DIMENSION_UNIT = "cm";

    static CartFormat of(StoreView store, URI requestBase, boolean thumb) {
        String unit = store.dimensionUnit() == null || store.dimensionUnit().isBlank() ? DEFAULT_DIMENSION_UNIT
                : store.dimensionUnit();
        return new CartFormat(PricesResponse.Currency.from(store.currency()), unit,
                new CatalogLinks(store, requestBase).placeholder(), thumb);
    }

    int minorUnit() {
        return currency.currencyMinorUnit();
    }

    /**
     * A line's image as its {@code featured_image}: the catalog serves every image size as the original, so the
     * WooCommerce thumbnail is the image itself; the placeholder when there is none.
     */
    String image(String src) {
        if (!thumb) {
            return "";
        }
        return src == null || src.isBlank() ? placeholder : src;
    }
}
