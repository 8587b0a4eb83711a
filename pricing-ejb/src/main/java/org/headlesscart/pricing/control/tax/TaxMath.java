package org.headlesscart.pricing.control.tax;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.model.TaxRate;

/**
 * WooCommerce's tax formulas ({@code WC_Tax::calc_exclusive_tax} / {@code calc_inclusive_tax}) and roundings, on
 * exact decimals. Each result keeps the rate order it was given and is rounded half-up to {@code scale} decimals of
 * the unit it was computed in, as {@code WC_Tax::round} rounds to {@code wc_get_rounding_precision()} whatever unit
 * the caller passes (the cart passes minor units, shipping methods and the shop pass major units).
 */
public final class TaxMath {

    /** Enough digits that a division never decides a cent; the results are rounded to ≤ 6 decimals anyway. */
    public static final MathContext DIVISION_CONTEXT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TaxMath() {
    }

    /** {@code wc_get_rounding_precision()}: price decimals + 2, at least {@code WC_ROUNDING_PRECISION} = 6. */
    public static int roundingPrecision(int decimals) {
        return Math.max(6, decimals + 2);
    }

    /** Taxes of {@code price}, rate id to amount, in the order of {@code rates}. */
    public static Map<Long, BigDecimal> calc(BigDecimal price, List<TaxRate> rates, boolean inclusive, int scale) {
        Map<Long, BigDecimal> taxes = inclusive ? inclusive(price, rates) : exclusive(price, rates);
        taxes.replaceAll((id, tax) -> tax.setScale(scale, RoundingMode.HALF_UP));
        return taxes;
    }

    /** Non-compound rates on the price, then each compound rate on the price plus every tax before it. */
    private static Map<Long, BigDecimal> exclusive(BigDecimal price, List<TaxRate> rates) {
        Map<Long, BigDecimal> taxes = new LinkedHashMap<>();
        for (TaxRate rate : rates) {
            if (!rate.compound()) {
                taxes.merge(rate.id(), price.multiply(fraction(rate)), BigDecimal::add);
            }
        }
        for (TaxRate rate : rates) {
            if (rate.compound()) {
                BigDecimal withTaxes = price.add(sum(taxes));
                taxes.merge(rate.id(), withTaxes.multiply(fraction(rate)), BigDecimal::add);
            }
        }
        return ordered(taxes, rates);
    }

    /**
     * Compound rates come off first, the last one first; the regular rates then share what is left in proportion
     * to their rates, each as {@code (r / (1 + Σr)) × price without compound taxes}.
     */
    private static Map<Long, BigDecimal> inclusive(BigDecimal price, List<TaxRate> rates) {
        Map<Long, BigDecimal> taxes = new LinkedHashMap<>();
        rates.forEach(rate -> taxes.put(rate.id(), BigDecimal.ZERO));
        List<TaxRate> compound = new ArrayList<>(rates.stream().filter(TaxRate::compound).toList());
        Collections.reverse(compound);
        BigDecimal nonCompound = price;
        for (TaxRate rate : compound) {
            BigDecimal net = nonCompound.divide(BigDecimal.ONE.add(fraction(rate)), DIVISION_CONTEXT);
            BigDecimal tax = nonCompound.subtract(net);
            taxes.merge(rate.id(), tax, BigDecimal::add);
            nonCompound = nonCompound.subtract(tax);
        }
        BigDecimal regularSum = BigDecimal.ONE;
        for (TaxRate rate : rates) {
            regularSum = rate.compound() ? regularSum : regularSum.add(fraction(rate));
        }
        for (TaxRate rate : rates) {
            if (!rate.compound()) {
                BigDecimal share = fraction(rate).divide(regularSum, DIVISION_CONTEXT);
                taxes.merge(rate.id(), share.multiply(nonCompound), BigDecimal::add);
            }
        }
        return taxes;
    }

    private static Map<Long, BigDecimal> ordered(Map<Long, BigDecimal> taxes, List<TaxRate> rates) {
        Map<Long, BigDecimal> inOrder = new LinkedHashMap<>();
        rates.forEach(rate -> inOrder.put(rate.id(), taxes.getOrDefault(rate.id(), BigDecimal.ZERO)));
        return inOrder;
    }

    private static BigDecimal fraction(TaxRate rate) {
        return rate.rate().divide(HUNDRED, DIVISION_CONTEXT);
    }

    public static BigDecimal sum(Map<?, BigDecimal> amounts) {
        return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * {@code wc_round_tax_total} to whole units of the amount: half-down when the store enters prices including tax,
     * half-up otherwise ({@code WC_TAX_ROUNDING_MODE = auto}).
     */
    public static BigDecimal roundTax(BigDecimal amount, boolean pricesIncludeTax) {
        return amount.setScale(0, pricesIncludeTax ? RoundingMode.HALF_DOWN : RoundingMode.HALF_UP);
    }

    /** {@code NumberUtil::round($value)}: PHP's default half-up to whole units. */
    public static BigDecimal roundHalfUp(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }

    /** A total the cart shows: {@code cocart_prepare_money_response} rounds half-up to minor units. */
    public static long minor(BigDecimal amount) {
        return roundHalfUp(amount).longValueExact();
    }
}
