package org.headlesscart.pricing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One location row of a tax rate (postcode, city) or a zone (country, state, continent, postcode). */
@Embeddable
public class LocationCode {

    @Column(name = "location_code", nullable = false, length = 200)
    private String code;

    @Column(name = "location_type", nullable = false, length = 16)
    private String type;

    protected LocationCode() {
    }

    public LocationCode(String code, String type) {
        this.code = code;
        this.type = type;
    }

    public String getCode() { return code; }
    public String getType() { return type; }
}
