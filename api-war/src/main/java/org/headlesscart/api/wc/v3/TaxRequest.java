package org.headlesscart.api.wc.v3;


import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.platform.numbers.Decimals;
import org.headlesscart.pricing.model.TaxRateDraft;

/**
 * A {@code wc/v3/taxes} body read with WordPress's schema types: {@code rate} is a string ("20.0000"), as in
 * WooCommerce's schema; {@code postcodes} and {@code cities} (WooCommerce 5.3+) win over the older single
 * {@code postcode} and {@code city}, which may list several values separated by {@code ;}.
 */
final class TaxRequest {

    private TaxRequest() {
    }

    /** @throws InvalidParamException for fields of the wrong type or a rate that is not a number */
    static TaxRateDraft parse(JsonBody body) {
        String rateText = body.string("rate");
        List<String> postcodes = body.strings("postcodes");
        List<String> cities = body.strings("cities");
        String postcode = body.string("postcode");
        String city = body.string("city");
        TaxRateDraft draft = new TaxRateDraft(body.string("country"), body.string("state"),
                postcodes != null ? postcodes : split(postcode), cities != null ? cities : split(city),
                null, body.string("name"), body.int32("priority"), body.bool("compound"), body.bool("shipping"),
                body.int32("order"), body.string("class"));
        body.throwIfAny();
        if (rateText == null) {
            return draft;
        }
        Decimals.Reading rate = Decimals.read(rateText.trim());
        if (!rate.isNumber() || !Decimals.isBounded(rate.value())) {
            throw new InvalidParamException(Map.of("rate", "rate is not a number."));
        }
        return new TaxRateDraft(draft.country(), draft.state(), draft.postcodes(), draft.cities(), rate.value(),
                draft.name(), draft.priority(), draft.compound(), draft.shipping(), draft.order(), draft.taxClass());
    }

    private static List<String> split(String joined) {
        return joined == null ? null : Arrays.asList(joined.split(";"));
    }

}
