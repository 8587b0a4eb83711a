package org.headlesscart.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.headlesscart.customer.control.RefreshTokenStore;
import org.headlesscart.customer.entity.RefreshToken.Use;
import org.junit.jupiter.api.Test;

/** Rotation rules: a refresh token is used once, before its expiry, unless revoked; the oldest go beyond the limit. */
class RefreshTokenTest {

    static final Instant ISSUED = Instant.parse("2025-03-01T12:00:00Z");
    static final Instant EXPIRES = ISSUED.plus(Duration.ofDays(30));

    static RefreshToken token(Instant issued) {
        return new RefreshToken(RefreshTokenStore.hash("value" + issued), 2, "family", issued,
                issued.plus(Duration.ofDays(30)));
    }

    @Test
    void aLiveTokenRotatesOnceAndASecondUseIsAReuse() {
        RefreshToken token = token(ISSUED);

        assertEquals(Use.ROTATED, token.use(ISSUED.plusSeconds(10)));
        assertEquals(ISSUED.plusSeconds(10), token.getRotatedAt());
        assertEquals(Use.REUSED, token.use(ISSUED.plusSeconds(20)));
    }

    @Test
    void anExpiredTokenIsNotRotated() {
        RefreshToken token = token(ISSUED);

        assertEquals(Use.EXPIRED, token.use(EXPIRES));
        assertNull(token.getRotatedAt());
        assertEquals(Use.ROTATED, token(ISSUED).use(EXPIRES.minusMillis(1)));
    }

    @Test
    void revokedWinsOverEverything() {
        RefreshToken rotated = token(ISSUED);
        rotated.use(ISSUED.plusSeconds(1));
        rotated.revoke(ISSUED.plusSeconds(2));
        RefreshToken fresh = token(ISSUED);
        fresh.revoke(ISSUED.plusSeconds(3));

        assertEquals(Use.REVOKED, rotated.use(ISSUED.plusSeconds(4)), "a revoked family is not revoked again");
        assertEquals(Use.REVOKED, fresh.use(ISSUED.plusSeconds(4)));
        fresh.revoke(ISSUED.plusSeconds(9));
        assertEquals(ISSUED.plusSeconds(3), fresh.getRevokedAt(), "the first revocation is kept");
    }

    @Test
    void aNewTokenRevokesTheOldestBeyondTheLimit() {
        List<RefreshToken> live = IntStream.range(0, 6).mapToObj(i -> token(ISSUED.plusSeconds(i))).toList();

        assertEquals(List.of(), RefreshTokenStore.beyondLimit(live.subList(0, 4), 5), "4 + the new one = 5");
        assertEquals(live.subList(0, 1), RefreshTokenStore.beyondLimit(live.subList(0, 5), 5));
        assertEquals(live.subList(0, 2), RefreshTokenStore.beyondLimit(live, 5));
    }

    @Test
    void onlyTheHashIsStoredAndItIsSha256Hex() {
        assertEquals("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", RefreshTokenStore.hash("test"));
        assertEquals(43, RefreshTokenStore.newTokenValue().length(), "256 bits, base64url without padding");
    }
}
