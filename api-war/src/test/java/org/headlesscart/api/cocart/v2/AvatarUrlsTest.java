package org.headlesscart.api.cocart.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AvatarUrlsTest {

    @Test
    void overHttpTheHostFollowsTheHashAsInCapture40() {
        AvatarUrls urls = AvatarUrls.of(" Customer@Example.com ", false);

        assertEquals("http://2.gravatar.com/avatar/592fc57ef0b254235cfa5977bccfd34a?s=24&d=mm&r=g", urls.size24(),
                "md5 of the trimmed, lower-cased address; host 5 % 3 = 2");
        assertEquals("http://2.gravatar.com/avatar/592fc57ef0b254235cfa5977bccfd34a?s=96&d=mm&r=g", urls.size96());
    }

    @Test
    void overHttpsTheSecureHost() {
        assertEquals("https://secure.gravatar.com/avatar/592fc57ef0b254235cfa5977bccfd34a?s=48&d=mm&r=g",
                AvatarUrls.of("customer@example.com", true).size48());
    }
}
