package org.headlesscart.api.wc.v3;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.customer.model.CustomerView;

/**
 * WooCommerce's REST customer object (wc/v3/customers), in its field order. There are no orders yet, so no customer
 * is a paying one; there is no user meta. The password and its hash are never part of it.
 */
@JsonbPropertyOrder({"id", "dateCreated", "dateCreatedGmt", "dateModified", "dateModifiedGmt", "email", "firstName",
        "lastName", "role", "username", "billing", "shipping", "payingCustomer", "avatarUrl", "metaData", "links"})
public record CustomerResponse(
        long id,
        @JsonbProperty("date_created") String dateCreated,
        @JsonbProperty("date_created_gmt") String dateCreatedGmt,
        @JsonbProperty("date_modified") String dateModified,
        @JsonbProperty("date_modified_gmt") String dateModifiedGmt,
        String email,
        @JsonbProperty("first_name") String firstName,
        @JsonbProperty("last_name") String lastName,
        String role,
        String username,
        Map<String, String> billing,
        Map<String, String> shipping,
        @JsonbProperty("is_paying_customer") boolean payingCustomer,
        @JsonbProperty("avatar_url") String avatarUrl,
        @JsonbProperty("meta_data") List<Object> metaData,
        @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

    static CustomerResponse from(CustomerView customer, ProductResponse.Format format, String self,
            String collection, String avatarUrl) {
        return new CustomerResponse(customer.id(), format.local(customer.createdAt()), format.gmt(customer.createdAt()),
                format.local(customer.modifiedAt()), format.gmt(customer.modifiedAt()), customer.email(),
                customer.firstName(), customer.lastName(), customer.role(), customer.username(), customer.billing(),
                customer.shipping(), false, avatarUrl, List.of(), links(self, collection));
    }

    private static Map<String, List<Map<String, String>>> links(String self, String collection) {
        Map<String, List<Map<String, String>>> links = new LinkedHashMap<>();
        links.put("self", List.of(Map.of("href", self)));
        links.put("collection", List.of(Map.of("href", collection)));
        return links;
    }
}
