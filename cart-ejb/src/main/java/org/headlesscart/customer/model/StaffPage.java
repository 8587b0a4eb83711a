package org.headlesscart.customer.model;

import java.util.List;

/** One page of staff accounts, by username, with how many there are in all. */
public record StaffPage(List<StaffView> staff, long total) {
}
