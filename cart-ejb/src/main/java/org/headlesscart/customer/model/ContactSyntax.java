package org.headlesscart.customer.model;

import java.util.regex.Pattern;

/** The syntax of e-mail addresses and phone numbers a customer may give. */
public final class ContactSyntax {

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern LOCAL_PART = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("[0-9 +().-]+");

    private ContactSyntax() {
    }

    /**
     * An address with a dot-atom local part of at most 64 characters and a domain of two or more labels, at most
     * 254 characters in all. Like WordPress's {@code is_email}, it accepts ASCII only, no quoted local parts and
     * no IP-literal domains: shops send mail to such addresses badly, if at all.
     */
    public static boolean isEmail(String email) {
        int at = email.lastIndexOf('@');
        if (email.length() > 254 || at < 1 || at > 64 || email.indexOf('@') != at) {
            return false;
        }
        String[] labels = email.substring(at + 1).split("\\.", -1);
        if (labels.length < 2 || labels[labels.length - 1].length() < 2) {
            return false;
        }
        for (String label : labels) {
            if (!DOMAIN_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return LOCAL_PART.matcher(email.substring(0, at)).matches();
    }

    /** Digits with the usual dressing (spaces, "+", brackets, "-", "."), and 6 to 20 digits in all. */
    public static boolean isPhone(String phone) {
        if (!PHONE_CHARACTERS.matcher(phone).matches()) {
            return false;
        }
        long digits = phone.chars().filter(c -> c >= '0' && c <= '9').count();
        return digits >= 6 && digits <= 20;
    }
}
