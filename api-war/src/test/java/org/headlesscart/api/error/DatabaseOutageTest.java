package org.headlesscart.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import javax.transaction.xa.XAException;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.transaction.SystemException;
import jakarta.ws.rs.core.Response;

import com.mysql.cj.jdbc.exceptions.CommunicationsException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database could not be reached" (docs/decisions.md) and what they answer. */
class DatabaseOutageTest {

    @Test
    void theJdbcConnectionExceptionsAndSqlStateClass08AreUnreachable() {
        assertTrue(DatabaseOutage.isUnreachable(new SQLNonTransientConnectionException("Could not create connection")));
        assertTrue(DatabaseOutage.isUnreachable(new SQLTransientConnectionException("timed out")));
        assertTrue(DatabaseOutage.isUnreachable(new SQLRecoverableException("link lost")));
        assertTrue(DatabaseOutage.isUnreachable(new SQLException("Communications link failure", "08S01")));
        assertTrue(DatabaseOutage.isUnreachable(new SQLException("No operations allowed after connection closed.",
                "08003")));
    }

    @Test
    void aLinkFailureIsUnreachableWhereverItSitsInTheChain() {
        SQLException link = new CommunicationsException("Communications link failure",
                new SocketTimeoutException("Read timed out"));
        RuntimeException hibernate = new JDBCConnectionException("could not execute statement", link);
        EJBException ejb = new EJBException(new PersistenceException(hibernate));

        assertTrue(DatabaseOutage.isUnreachable(ejb));
        assertTrue(DatabaseOutage.isUnreachable(new EJBException((Exception) new RuntimeException(
                new ConnectException("Connection refused")))), "EJBException's causedByException is followed");
    }

    @Test
    void aPoolWithNoConnectionToGiveIsUnreachable() {
        SQLException pool = new SQLException("Error in allocating a connection. Cause: In-use connections equal "
                + "max-pool-size and expired max-wait-time. Cannot allocate more connections.");
        pool.initCause(new ResourceAllocationException("expired max-wait-time"));

        assertTrue(DatabaseOutage.isUnreachable(new PersistenceException(pool)));
    }

    @Test
    void faultsAndRacesOfALiveDatabaseAreNot() {
        assertFalse(DatabaseOutage.isUnreachable(new IllegalStateException("boom")));
        assertFalse(DatabaseOutage.isUnreachable(new EJBException(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))));
        assertFalse(DatabaseOutage.isUnreachable(new LockAcquisitionException("Lock wait timeout exceeded",
                new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
        assertFalse(DatabaseOutage.isUnreachable(new SQLException("Table 'x' doesn't exist", "42S02")));
        assertFalse(DatabaseOutage.isUnreachable(null));
    }

    @Test
    void aFailedCommitIsATransactionFailureForTheProbeToJudge() {
        XAException xa = new XAException("jakarta.resource.spi.LocalTransactionException: Communications link failure");
        SystemException commit = new SystemException();
        commit.initCause(xa);

        assertFalse(DatabaseOutage.isUnreachable(commit), "the link failure is only in a message");
        assertTrue(DatabaseOutage.isTransactionFailure(new EJBException(commit)));
        assertFalse(DatabaseOutage.isTransactionFailure(new IllegalStateException("boom")));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertFalse(DatabaseOutage.isUnreachable(a));
    }

    @Test
    void theRefusalIs503InTheEnvelopeWithRetryAfter() {
        Response refusal = DatabaseOutage.refusal();

        assertEquals(503, refusal.getStatus());
        assertEquals("2", refusal.getHeaderString("Retry-After"));
        CoCartError body = (CoCartError) refusal.getEntity();
        assertEquals("cocart_database_unavailable", body.code());
        assertEquals(503, body.data().get("status"));
    }
}
