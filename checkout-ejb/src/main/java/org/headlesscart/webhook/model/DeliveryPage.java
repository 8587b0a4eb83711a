package org.headlesscart.webhook.model;

import java.util.List;

/** A page of a webhook's deliveries, newest first, and how many it has in all. */
public record DeliveryPage(List<DeliveryView> deliveries, long total) {
}
