package org.headlesscart.customer.model;

import java.util.List;

/** One page of REST API keys, newest first, with how many there are in all. */
public record ApiKeyPage(List<ApiKeyView> keys, long total) {
}
