-- Cart module, version 1: the customer component's accounts. Cart sessions follow with the cart API.
-- A user's id is also the cart key of their cart (CoCart: "a logged-in customer's cart key is their user id").

CREATE TABLE user_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(60)  NOT NULL,
    email         VARCHAR(100) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,   -- PBKDF2, Jakarta Security's format: algorithm:iterations:salt:hash
    role          VARCHAR(20)  NOT NULL,   -- administrator | shop_manager | customer
    first_name    VARCHAR(100) NOT NULL DEFAULT '',
    last_name     VARCHAR(100) NOT NULL DEFAULT '',
    display_name  VARCHAR(250) NOT NULL DEFAULT '',
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_user_account_username (username),
    UNIQUE KEY uk_user_account_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Billing and shipping addresses, WooCommerce's customer fields. The billing phone is also a login.
CREATE TABLE user_address (
    user_id    BIGINT       NOT NULL,
    kind       VARCHAR(8)   NOT NULL,   -- billing | shipping
    first_name VARCHAR(100) NOT NULL DEFAULT '',
    last_name  VARCHAR(100) NOT NULL DEFAULT '',
    company    VARCHAR(100) NOT NULL DEFAULT '',
    address_1  VARCHAR(200) NOT NULL DEFAULT '',
    address_2  VARCHAR(200) NOT NULL DEFAULT '',
    city       VARCHAR(100) NOT NULL DEFAULT '',
    state      VARCHAR(100) NOT NULL DEFAULT '',
    postcode   VARCHAR(20)  NOT NULL DEFAULT '',
    country    VARCHAR(2)   NOT NULL DEFAULT '',
    email      VARCHAR(100) NOT NULL DEFAULT '',
    phone      VARCHAR(30)  NOT NULL DEFAULT '',
    PRIMARY KEY (user_id, kind),
    KEY ix_user_address_phone (phone),
    CONSTRAINT fk_user_address_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
