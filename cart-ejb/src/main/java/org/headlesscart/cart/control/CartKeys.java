package org.headlesscart.cart.control;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Cart keys (contract decision 6): guest keys are {@code t_} and 30 lower-case hex digits from a secure random
 * source, so nobody can guess another guest's cart; a client may bring its own key of up to 42 such characters.
 */
public final class CartKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern VALID = Pattern.compile("[a-z0-9_-]{1,42}");
    private static final Pattern USER = Pattern.compile("[1-9][0-9]{0,17}");

    private CartKeys() {
    }

    public static String newGuestKey() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return "t_" + HexFormat.of().formatHex(bytes);
    }

    public static boolean isValid(String key) {
        return key != null && VALID.matcher(key).matches();
    }

    /**
     * Whether the key has the form of a user's cart key: a user id as CoCart writes it (digits, no leading zero).
     * Such keys belong to users only, so nobody can start a cart that a user registered later would inherit.
     */
    public static boolean isUserKey(String key) {
        return key != null && USER.matcher(key).matches();
    }

    /** Whether a guest may not use the key: digits only are reserved for users' carts (leading zeros included). */
    public static boolean isReserved(String key) {
        return key != null && !key.isEmpty() && key.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
