package org.headlesscart.webhook.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A scan's watermark (the {@code cart.abandoned} scan's): locked while a relay scans, so one node scans at a time. */
@Entity
@Table(name = "webhook_scan")
public class WebhookScan {

    public static final String CART_ABANDONED = "cart.abandoned";

    @Id
    private String name;
    @Column(name = "scanned_to")
    private Instant scannedTo;

    protected WebhookScan() {
    }

    public String getName() { return name; }
    public Instant getScannedTo() { return scannedTo; }
    public void setScannedTo(Instant scannedTo) { this.scannedTo = scannedTo; }
}
