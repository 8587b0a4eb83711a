package org.headlesscart.cart.control.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.headlesscart.cart.control.JsonText;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.pricing.model.CartInput;

/**
 * What a cart keeps for its pricing (COCART-PLUS §3): its applied coupon codes in the order applied, its fees, and
 * its chosen rate per package. Read from the cart row's JSON columns and written back whole; a write changes a copy
 * and stores it with {@link #storeIn}, under the cart's lock.
 */
public final class CartChoices {

    private final List<String> coupons;
    private final List<CartInput.Fee> fees;
    private final Map<Integer, String> chosenRates;

    private CartChoices(List<String> coupons, List<CartInput.Fee> fees, Map<Integer, String> chosenRates) {
        this.coupons = coupons;
        this.fees = fees;
        this.chosenRates = chosenRates;
    }

    public static CartChoices of(Cart cart) {
        if (cart == null) {
            return new CartChoices(new ArrayList<>(), new ArrayList<>(), new TreeMap<>());
        }
        return new CartChoices(codes(cart.getCouponsJson()), fees(cart.getFeesJson()),
                rates(cart.getChosenRatesJson()));
    }

    /** The codes kept in a cart's {@code coupons_json}. */
    public static List<String> codes(String json) {
        List<String> codes = new ArrayList<>();
        JsonText.readList(json).forEach(code -> codes.add(String.valueOf(code)));
        return codes;
    }

    public List<String> coupons() {
        return coupons;
    }

    public List<CartInput.Fee> fees() {
        return fees;
    }

    public Map<Integer, String> chosenRates() {
        return chosenRates;
    }

    /** Writes the choices to the cart's columns; unchanged text leaves the row alone. */
    public void storeIn(Cart cart) {
        List<Map<String, Object>> feeRows = new ArrayList<>();
        for (CartInput.Fee fee : fees) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", fee.id());
            row.put("name", fee.name());
            row.put("amount", fee.amountMinor());
            row.put("taxable", fee.taxable());
            row.put("tax_class", fee.taxClass());
            feeRows.add(row);
        }
        Map<String, Object> rates = new LinkedHashMap<>();
        chosenRates.forEach((index, rate) -> rates.put(Integer.toString(index), rate));
        String newCoupons = coupons.isEmpty() ? null : JsonText.writeList(coupons);
        String newFees = feeRows.isEmpty() ? null : JsonText.writeList(feeRows);
        String newRates = rates.isEmpty() ? null : JsonText.write(rates);
        if (!java.util.Objects.equals(newCoupons, cart.getCouponsJson())
                || !java.util.Objects.equals(newFees, cart.getFeesJson())
                || !java.util.Objects.equals(newRates, cart.getChosenRatesJson())) {
            cart.setPricingJson(newCoupons, newFees, newRates);
        }
    }

    private static List<CartInput.Fee> fees(String json) {
        List<CartInput.Fee> fees = new ArrayList<>();
        for (Object value : JsonText.readList(json)) {
            if (value instanceof Map<?, ?> row) {
                fees.add(new CartInput.Fee(String.valueOf(row.get("id")), String.valueOf(row.get("name")),
                        ((BigDecimal) row.get("amount")).longValueExact(), Boolean.TRUE.equals(row.get("taxable")),
                        String.valueOf(row.get("tax_class"))));
            }
        }
        return fees;
    }

    private static Map<Integer, String> rates(String json) {
        Map<Integer, String> rates = new TreeMap<>();
        JsonText.read(json).forEach((index, rate) -> rates.put(Integer.valueOf(index), String.valueOf(rate)));
        return rates;
    }
}
