package org.headlesscart.order.control;

import java.security.SecureRandom;

/** Order keys as WooCommerce makes them: {@code wc_order_} and 13 random letters and digits. */
public final class OrderKeys {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OrderKeys() {
    }

    public static String next() {
        StringBuilder key = new StringBuilder("wc_order_");
        for (int i = 0; i < 13; i++) {
            key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }
}
