package dev.kam.plumbing.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The first response to one caller's request under one Idempotency-Key, kept for replay. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @EmbeddedId
    public Key key;

    @Column(name = "request_hash", nullable = false, columnDefinition = "bpchar(64)")
    public String requestHash;

    /** Empty only inside the transaction that claimed the key and is still producing the response. */
    public Integer status;

    @Column(name = "content_type")
    public String contentType;

    public String body;

    public String location;

    public String etag;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Keys are per caller and per operation, so two people (or two endpoints) never share one. */
    @Embeddable
    public record Key(
            @Column(name = "caller_id") String callerId,
            @Column(name = "idem_key") String idempotencyKey,
            @Column(name = "operation") String operation) implements Serializable {
    }
}
