package org.headlesscart.it;

/** The demo accounts' Basic credentials ({@code login:password}), as the run command and the ITs create them. */
public final class DemoLogins {

    public static final String ADMIN = "admin:adminpass";
    public static final String MANAGER = "manager:managerpass";
    public static final String CUSTOMER = "customer:customerpass";
    /** The demo REST API key (read, acting as admin) as {@code consumer_key:consumer_secret}: development defaults. */
    public static final String READ_KEY = "ck_efbd8d6d58605d584340ffe94a26cfbbcf57b3ca"
            + ":cs_02aba09e89a4069d43b6ea40de3cd017bc3d00f8";

    private DemoLogins() {
    }
}
