package org.headlesscart.customer.model;

import java.util.List;

/** One page of customers, with how many match in all. */
public record CustomerPage(List<CustomerView> customers, long total) {
}
