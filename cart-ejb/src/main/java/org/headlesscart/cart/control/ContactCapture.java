package org.headlesscart.cart.control;

import org.headlesscart.cart.entity.CustomerDetails;
import org.headlesscart.customer.model.ContactSyntax;

/** Contract §11.6: e-mail and phone sent with an add are kept as billing contact when valid, else ignored. */
public final class ContactCapture {

    private ContactCapture() {
    }

    public static void apply(CustomerDetails customer, String email, String phone) {
        if (email != null && email.strip().length() <= 100 && ContactSyntax.isEmail(email.strip())) {
            customer.set("billing_email", email.strip());
        }
        if (phone != null && phone.strip().length() <= 30 && ContactSyntax.isPhone(phone.strip())) {
            customer.set("billing_phone", phone.strip());
        }
    }
}
