package org.headlesscart.customer.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores roles by their WooCommerce names ("shop_manager"), not by Java constant names. */
@Converter(autoApply = true)
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.wireName();
    }

    @Override
    public Role convertToEntityAttribute(String name) {
        return name == null ? null : Role.ofWireName(name);
    }
}
