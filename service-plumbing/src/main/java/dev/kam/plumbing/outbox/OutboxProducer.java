package dev.kam.plumbing.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Kafka producer the relay sends with: idempotent and acknowledged by all in-sync replicas,
 * so a retry inside the client neither duplicates nor reorders records of one partition.
 */
@ApplicationScoped
public class OutboxProducer {

    private final KafkaProducer<String, String> producer;

    OutboxProducer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String application, OutboxConfig outboxConfig) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, application + "-outbox");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        // Fail a batch within the relay's patience instead of blocking it for the client's default minute.
        int timeoutMs = (int) outboxConfig.sendTimeout().toMillis();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeoutMs / 2));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.keySet().removeIf(key -> key.startsWith("key.deserializer") || key.startsWith("value.deserializer")
                || key.startsWith("group.id") || key.startsWith("auto.offset"));
        this.producer = new KafkaProducer<>(config);
    }

    KafkaProducer<String, String> producer() {
        return producer;
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
