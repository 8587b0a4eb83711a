package org.headlesscart.it;

/** The demo accounts' Basic credentials ({@code login:password}), as the run command and the ITs create them. */
public final class DemoLogins {

    public static final String ADMIN = "admin:adminpass";
    public static final String MANAGER = "manager:managerpass";
    public static final String CUSTOMER = "customer:customerpass";

    private DemoLogins() {
    }
}
