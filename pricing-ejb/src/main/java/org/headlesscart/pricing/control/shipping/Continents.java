package org.headlesscart.pricing.control.shipping;

import java.util.HashMap;
import java.util.Map;

/**
 * The continent of each ISO 3166-1 country, as WooCommerce groups them ({@code i18n/continents.php}): shipping
 * zones may list a continent ({@code NA}) instead of its countries. WooCommerce's grouping, not a geographer's:
 * Cyprus is in Asia, Turkey and Russia in Europe, Kosovo ({@code XK}) is listed.
 */
final class Continents {

    private static final Map<String, String> BY_COUNTRY = new HashMap<>();

    static {
        put("AF", "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR"
                + " MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG YT ZA ZM ZW");
        put("AN", "AQ BV GS HM TF");
        put("AS", "AE AF AM AZ BD BH BN BT CC CN CX CY GE HK ID IL IN IO IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM"
                + " MN MO MV MY NP OM PH PK PS QA SA SG SY TH TJ TL TM TW UZ VN YE");
        put("EU", "AD AL AT AX BA BE BG BY CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV"
                + " MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM XK TR UA VA");
        put("NA", "AG AI AW BB BL BM BQ BS BZ CA CR CU CW DM DO GD GL GP GT HN HT JM KN KY LC MF MQ MS MX NI PA PM"
                + " PR SV SX TC TT US VC VG VI");
        put("OC", "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS");
        put("SA", "AR BO BR CL CO EC FK GF GY PE PY SR UY VE");
    }

    private Continents() {
    }

    /** The continent code ({@code AF AN AS EU NA OC SA}) of an upper-case country code, {@code ""} if unknown. */
    static String of(String country) {
        return BY_COUNTRY.getOrDefault(country, "");
    }

    private static void put(String continent, String countries) {
        for (String country : countries.split(" ")) {
            BY_COUNTRY.put(country, continent);
        }
    }
}
