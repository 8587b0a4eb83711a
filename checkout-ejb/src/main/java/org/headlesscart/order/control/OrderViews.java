package org.headlesscart.order.control;

import java.util.List;

import org.headlesscart.order.entity.CustomerOrder;
import org.headlesscart.order.entity.OrderLine;
import org.headlesscart.order.model.OrderAddress;
import org.headlesscart.order.model.OrderLines;
import org.headlesscart.order.model.OrderStatus;
import org.headlesscart.order.model.OrderTotals;
import org.headlesscart.order.model.OrderView;

/** Orders as {@link OrderView}s, from the row and its product lines; and addresses back onto the row. */
public final class OrderViews {

    private OrderViews() {
    }

    /** The order with its product lines (in {@link OrderLine#getPosition()} order). */
    public static OrderView of(CustomerOrder o, List<OrderLine> lines) {
        return new OrderView(o.getId(), o.getOrderNumber() != null ? o.getOrderNumber() : String.valueOf(o.getId()),
                o.getOrderKey(), OrderStatus.of(o.getStatus()).orElseThrow(), o.getCurrency(),
                o.isPricesIncludeTax(), o.getCustomerId(), o.getCreatedVia(), o.getCartKey(), o.getCartHash(),
                billing(o), shipping(o), o.getPaymentMethod(), o.getPaymentMethodTitle(), o.getTransactionId(),
                o.getCustomerNote() == null ? "" : o.getCustomerNote(), o.getCustomerIp(), o.getCustomerUserAgent(),
                new OrderTotals(o.getSubtotal(), o.getSubtotalTax(), o.getDiscountTotal(), o.getDiscountTax(),
                        o.getShippingTotal(), o.getShippingTax(), o.getFeeTotal(), o.getFeeTax(), o.getCartTax(),
                        o.getTotalTax(), o.getTotal(), o.getRefundedTotal()),
                lines.stream().map(OrderViews::line).toList(), OrderJson.shippingLines(o.getShippingLinesJson()),
                OrderJson.feeLines(o.getFeeLinesJson()), OrderJson.couponLines(o.getCouponLinesJson()),
                OrderJson.taxLines(o.getTaxLinesJson()), o.getStockState(), o.getHoldUntil(), o.getCreatedAt(),
                o.getUpdatedAt(), o.getPaidAt(), o.getCompletedAt(), o.getVersion());
    }

    public static OrderLines.Product line(OrderLine l) {
        return new OrderLines.Product(l.getId(), l.getProductId(), l.getVariationId(), l.getName(), l.getSku(),
                l.getQuantity(), l.getTaxClass(), l.getPrice(), l.getSubtotal(), l.getSubtotalTax(), l.getTotal(),
                l.getTotalTax(), OrderJson.lineTaxes(l.getTaxesJson()), OrderJson.meta(l.getMetaJson()),
                l.getImageSrc(), l.getRefundedQuantity(), l.getRefundedTotal());
    }

    public static OrderAddress billing(CustomerOrder o) {
        return new OrderAddress(o.getBillingFirstName(), o.getBillingLastName(), o.getBillingCompany(),
                o.getBillingAddress1(), o.getBillingAddress2(), o.getBillingCity(), o.getBillingState(),
                o.getBillingPostcode(), o.getBillingCountry(), o.getBillingEmail(), o.getBillingPhone());
    }

    public static OrderAddress shipping(CustomerOrder o) {
        return new OrderAddress(o.getShippingFirstName(), o.getShippingLastName(), o.getShippingCompany(),
                o.getShippingAddress1(), o.getShippingAddress2(), o.getShippingCity(), o.getShippingState(),
                o.getShippingPostcode(), o.getShippingCountry(), "", o.getShippingPhone());
    }

    public static void setBilling(CustomerOrder o, OrderAddress a) {
        o.setBillingFirstName(a.firstName());
        o.setBillingLastName(a.lastName());
        o.setBillingCompany(a.company());
        o.setBillingAddress1(a.address1());
        o.setBillingAddress2(a.address2());
        o.setBillingCity(a.city());
        o.setBillingState(a.state());
        o.setBillingPostcode(a.postcode());
        o.setBillingCountry(a.country());
        o.setBillingEmail(a.email());
        o.setBillingPhone(a.phone());
    }

    public static void setShipping(CustomerOrder o, OrderAddress a) {
        o.setShippingFirstName(a.firstName());
        o.setShippingLastName(a.lastName());
        o.setShippingCompany(a.company());
        o.setShippingAddress1(a.address1());
        o.setShippingAddress2(a.address2());
        o.setShippingCity(a.city());
        o.setShippingState(a.state());
        o.setShippingPostcode(a.postcode());
        o.setShippingCountry(a.country());
        o.setShippingPhone(a.phone());
    }
}
