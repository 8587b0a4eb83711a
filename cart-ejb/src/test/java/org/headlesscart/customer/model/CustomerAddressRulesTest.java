package org.headlesscart.customer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The update-customer callback's field checks (contract §3.1, §11.1). */
class CustomerAddressRulesTest {

    @ParameterizedTest(name = "{0} {1} is valid")
    @CsvSource({
            "US, 62701", "US, 62701-1234", "US, 627011234", "US, ' 62701 '",
            "CA, K1A 0B1", "CA, k1a0b1", "CA, K1A0B1", "CA, h3z 2y7", "CA, T2P-1J9",
            "GB, SW1A 1AA", "GB, sw1a1aa", "GB, M1 1AE", "GB, B33 8TH", "GB, CR2 6XH", "GB, DN55 1PT",
            "GB, W1A 0AX", "GB, EC1A 1BB", "GB, GIR 0AA", "GB, gir0aa",
            "DE, 10115", "FR, 75008", "AU, 2000", "AU, 0800",
            "NL, 1012 AB", "SE, 114 55", "JP, 100-0001", "BR, 01310-100", "IE, D02 X285", "PL, 00-950"})
    void validPostcodes(String country, String postcode) {
        assertEquals(Map.of(), CustomerAddressRules.problems(Map.of("billing_country", country,
                "billing_postcode", postcode)));
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource({
            "US, 6270", "US, 627012", "US, 62701-12", "US, ABCDE", "US, 62701-12345",
            "CA, K1A 0B", "CA, 123 456", "CA, D1A 0B1", "CA, K1A 0O1", "CA, WA1 1A1", "CA, K1A 0B1X",
            "GB, SW1A 1A", "GB, 1AA 1AA", "GB, QA1 1AA", "GB, SW1A 1CA", "GB, M1 1AEE", "GB, GIR 0AB",
            "GB, AI1 1AA", "GB, W1I 1AA",
            "DE, 1011", "DE, 101155", "DE, 1011A", "FR, 7500", "FR, 2A004", "AU, 200", "AU, 20000", "AU, ABCD",
            "NL, 1012_AB", "SE, '##'", "JP, 123456789012345678901", "BR, '-'"})
    void invalidPostcodes(String country, String postcode) {
        assertEquals(Map.of("billing_postcode", labelFor(country) + " is not a valid postcode / ZIP."),
                CustomerAddressRules.problems(Map.of("billing_country", country, "billing_postcode", postcode)));
    }

    private static String labelFor(String country) {
        return switch (country) {
            case "US" -> "Billing ZIP Code";
            case "CA" -> "Billing Postal code";
            case "GB", "AU" -> "Billing Postcode";
            default -> "Billing Postcode / ZIP";
        };
    }

    @Test
    void theMessagesAreWordedAsWooCommerceWordsThem() {
        Map<String, String> problems = CustomerAddressRules.problems(ordered(
                "billing_country", "US", "billing_postcode", "1234", "billing_email", "jane@",
                "billing_phone", "call me", "shipping_country", "XX", "shipping_postcode", "$"));
        assertEquals(Map.of(
                "billing_postcode", "Billing ZIP Code is not a valid postcode / ZIP.",
                "billing_email", "Billing Email address is not a valid email address.",
                "billing_phone", "Billing Phone is not a valid phone number.",
                "shipping_country", "'XX' is not a valid country code.",
                "shipping_postcode", "Shipping Postcode / ZIP is not a valid postcode / ZIP."), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"US", "CA", "GB", "DE", "FR", "AU", "JP", "NZ", "AQ"})
    void isoCountriesAreAccepted(String country) {
        assertEquals(Map.of(), CustomerAddressRules.problems(Map.of("billing_country", country)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "us", "USA", "U", "UK", "EU", "1A"})
    void otherCountriesAreRefused(String country) {
        assertEquals(Map.of("shipping_country", "'" + country + "' is not a valid country code."),
                CustomerAddressRules.problems(Map.of("shipping_country", country)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane@example.com", "jane.doe+cart@shop.example.co.uk", "j@ex.io",
            "o'brien@example.com", "a_b-c@sub-domain.example.org", "UPPER@EXAMPLE.COM", "1234@123.example"})
    void validEmails(String email) {
        assertEquals(Map.of(), CustomerAddressRules.problems(Map.of("billing_email", email)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane", "jane@", "@example.com", "jane@example", "jane@@example.com", "ja ne@example.com",
            "jane@exa mple.com", ".jane@example.com", "jane.@example.com", "ja..ne@example.com",
            "jane@example..com", "jane@-example.com", "jane@example-.com", "jane@example.c", "jöns@example.com",
            "jane@exämple.com", "a@b@example.com", "\"jane\"@example.com", "jane@[127.0.0.1]"})
    void invalidEmails(String email) {
        assertEquals(Map.of("billing_email", "Billing Email address is not a valid email address."),
                CustomerAddressRules.problems(Map.of("billing_email", email)));
    }

    @Test
    void overlongEmailsAreRefused() {
        String local = "a".repeat(65);
        assertEquals(1, CustomerAddressRules.problems(Map.of("billing_email", local + "@example.com")).size());
        String longDomain = "a".repeat(64) + ".example.com";
        assertEquals(1, CustomerAddressRules.problems(Map.of("billing_email", "jane@" + longDomain)).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"555-0100", "+1 (555) 010-0199", "020 7946 0958", "+44 20 7946 0958", "0049.30.1234567",
            "123456", "12345678901234567890"})
    void validPhones(String phone) {
        assertEquals(Map.of(), CustomerAddressRules.problems(Map.of("billing_phone", phone)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "55-010", "call me", "555 0100 ext 2", "+1 555#0100", "555/0100",
            "123456789012345678901", "(+)-.", "555_0100"})
    void invalidPhones(String phone) {
        assertEquals(Map.of("billing_phone", "Billing Phone is not a valid phone number."),
                CustomerAddressRules.problems(Map.of("billing_phone", phone)));
    }

    @Test
    void statesAreFreeTextWithinTheColumn() {
        assertEquals(Map.of(), CustomerAddressRules.problems(Map.of("billing_country", "US", "billing_state", "IL")));
        assertEquals(Map.of(), CustomerAddressRules.problems(Map.of("billing_country", "GB",
                "billing_state", "Greater Manchester")));
        assertEquals(Map.of("billing_state", "Billing State is too long: at most 100 characters."),
                CustomerAddressRules.problems(Map.of("billing_country", "US", "billing_state", "x".repeat(101))));
        assertEquals(Map.of("shipping_state", "Shipping Province is not valid."),
                CustomerAddressRules.problems(Map.of("shipping_country", "CA", "shipping_state", "Q\u0000C")));
    }

    @Test
    void otherFieldsAreCheckedOnlyForLength() {
        assertEquals(Map.of(), CustomerAddressRules.problems(Map.of("billing_first_name", "Ada",
                "billing_address_1", "1 Main St", "shipping_city", "Springfield", "shipping_company", "")));
        assertEquals(Map.of("shipping_address_1", "Shipping Street address is too long: at most 200 characters."),
                CustomerAddressRules.problems(Map.of("shipping_address_1", "x".repeat(201))));
    }

    @Test
    void emptyValuesClearFieldsAndAreAccepted() {
        assertEquals(Map.of(), CustomerAddressRules.problems(Map.of("billing_country", "", "billing_postcode", "",
                "billing_email", " ", "billing_phone", "")));
    }

    @Test
    void aPostcodeIsCheckedAgainstTheStoredCountryWhenTheRequestHasNone() {
        Map<String, String> stored = Map.of("billing_country", "GB", "billing_postcode", "SW1A 1AA");
        assertEquals(Map.of("billing_postcode", "Billing Postcode is not a valid postcode / ZIP."),
                CustomerAddressRules.problems(Map.of("billing_postcode", "62701"), stored));
        assertEquals(Map.of(), CustomerAddressRules.problems(Map.of("billing_postcode", "M1 1AE"), stored));
    }

    @Test
    void aNewCountryRechecksTheStoredPostcode() {
        Map<String, String> stored = Map.of("shipping_country", "GB", "shipping_postcode", "SW1A 1AA");
        assertEquals(Map.of("shipping_postcode", "Shipping ZIP Code is not a valid postcode / ZIP."),
                CustomerAddressRules.problems(Map.of("shipping_country", "US"), stored));
        assertEquals(Map.of(), CustomerAddressRules.problems(Map.of("shipping_country", "IE"), stored));
    }

    @Test
    void anInvalidCountryChecksThePostcodeByTheGeneralRule() {
        assertEquals(Map.of("billing_country", "'ZZ' is not a valid country code."),
                CustomerAddressRules.problems(Map.of("billing_country", "ZZ", "billing_postcode", "AB-12")));
    }

    @Test
    void bareAndShortNamesAreAliases() {
        assertEquals(Map.of("billing_email", "Billing Email address is not a valid email address.",
                        "shipping_postcode", "Shipping ZIP Code is not a valid postcode / ZIP."),
                CustomerAddressRules.problems(Map.of("email", "nope", "s_country", "US", "s_postcode", "1")));
    }

    @Test
    void canonicalNamesWinOverAliasesAndOthersAreLeftOut() {
        Map<String, String> canonical = CustomerAddressRules.canonical(ordered("city", "Bare", "billing_city",
                "Prefixed", "s_city", "Short", "namespace", "update-customer", "s_unknown", "x",
                "billing_vat_id", "DE123"));
        assertEquals(Map.of("billing_city", "Prefixed", "shipping_city", "Short", "billing_vat_id", "DE123"),
                canonical);
    }

    @Test
    void unknownPrefixedFieldsAreNotValidated() {
        assertTrue(CustomerAddressRules.problems(Map.of("billing_vat_id", "\u0000".repeat(500))).isEmpty());
    }

    @ParameterizedTest(name = "{0} \"{1}\" → \"{2}\"")
    @CsvSource({
            "CA, k1a0b1, K1A 0B1", "CA, ' K1A 0B1 ', K1A 0B1", "CA, k1a-0b1, K1A 0B1", "ca, k1a0b1, K1A 0B1",
            "GB, sw1a1aa, SW1A 1AA", "GB, SW1A  1AA, SW1A 1AA", "GB, m11ae, M1 1AE", "GB, gir0aa, GIR 0AA",
            "GB, ab, AB",
            "US, 627011234, 62701-1234", "US, 62701 1234, 62701-1234", "US, 62701, 62701",
            "DE, 10 115, 10115", "AU, ' 2000', 2000",
            "NL, 1012  ab, 1012 AB", "JP, 100-0001, 100-0001", "IE, d02x285, D02X285", ", ab 12, AB 12"})
    void postcodesAreNormalizedAsWooCommerceFormatsThem(String country, String postcode, String normalized) {
        assertEquals(normalized, CustomerAddressRules.normalizePostcode(country, postcode));
    }

    @Test
    void aMissingPostcodeNormalizesToEmpty() {
        assertEquals("", CustomerAddressRules.normalizePostcode("US", null));
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
