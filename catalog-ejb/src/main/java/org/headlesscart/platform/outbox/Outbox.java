package org.headlesscart.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.headlesscart.platform.persistence.HeadlessCartDataSource;

/**
 * Writes one outbox row ({@code webhook_event}) in the caller's transaction: a change and its event commit or roll
 * back together. One INSERT per call and nothing else, so a write pays at most that.
 *
 * <p>Plain JDBC on the application's datasource, not JPA: the writer belongs to no persistence unit, so that every
 * component can call it; inside a JTA transaction the container hands out the connection the caller's unit already
 * uses, so the row joins the same database transaction.
 *
 * <p>Cart topics are frequent (every cart write) and rarely subscribed: they are written only while some active
 * webhook subscribes to a {@code cart.*} topic, a fact each node keeps for {@link TopicSubscriptions#TTL}. So are
 * the product events of an order's stock moves ({@link #recordIfSubscribed}): every order makes them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    private static final String INSERT = "INSERT INTO webhook_event (topic, resource_key, created_at) VALUES (?, ?, ?)";

    private static final String RECORDED = "headlesscart.outbox.recorded:";

    @Resource(lookup = HeadlessCartDataSource.JNDI_NAME)
    DataSource database;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * Records that {@code topic} ({@code order.created}, {@code cart.updated} …) happened to the resource with this
     * id or key; a cart topic only while a webhook listens to cart topics. Once per transaction and resource, as
     * WooCommerce delivers once per request: a repeat is dropped, and so is an {@code .updated} of a resource the
     * same transaction created.
     */
    public void record(String topic, String resourceKey) {
        // cart.abandoned comes from a scan that runs only while it is subscribed: no need to ask.
        if (topic.startsWith("cart.") && !"cart.abandoned".equals(topic)
                && !TopicSubscriptions.wanted("cart.", this::anyWebhook)) {
            return;
        }
        String created = topic.endsWith(".updated") ? topic.replace(".updated", ".created") : null;
        if (transaction.getResource(RECORDED + topic + ":" + resourceKey) != null
                || created != null && transaction.getResource(RECORDED + created + ":" + resourceKey) != null) {
            return;
        }
        transaction.putResource(RECORDED + topic + ":" + resourceKey, Boolean.TRUE);
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, topic);
            insert.setString(2, resourceKey);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new EJBException("Could not record the webhook event " + topic, e);
        }
    }

    /** {@link #record(String, String)} for a resource with a numeric id. */
    public void record(String topic, long id) {
        record(topic, String.valueOf(id));
    }

    /**
     * {@link #record(String, long)} for a change that others cause often (an order's stock moves announce
     * {@code product.updated}): written only while an active webhook subscribes to a topic of that resource.
     */
    public void recordIfSubscribed(String topic, long id) {
        String resource = topic.substring(0, topic.indexOf('.') + 1);
        if (TopicSubscriptions.wanted(resource, this::anyWebhook)) {
            record(topic, id);
        }
    }

    private boolean anyWebhook(String topicPrefix) {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT 1 FROM webhook WHERE status = 'active' AND topic LIKE ? LIMIT 1")) {
            query.setString(1, topicPrefix + "%");
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new EJBException("Could not read the webhook subscriptions", e);
        }
    }
}
