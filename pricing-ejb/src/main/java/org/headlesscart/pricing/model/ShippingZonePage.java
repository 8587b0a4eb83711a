package org.headlesscart.pricing.model;

import java.util.List;

/** One page of shipping zones (zone 0 first, then matching order) and how many zones there are in all. */
public record ShippingZonePage(List<ShippingZone> zones, long total) {

    public ShippingZonePage {
        zones = List.copyOf(zones);
    }
}
