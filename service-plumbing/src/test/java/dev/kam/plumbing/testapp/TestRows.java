package dev.kam.plumbing.testapp;

import dev.kam.plumbing.testing.DatabaseRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The test application's fixture: nothing but the shared SQL of {@link DatabaseRows}. */
@ApplicationScoped
public class TestRows extends DatabaseRows {

    private final EntityManager entityManager;

    TestRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    protected EntityManager entityManager() {
        return entityManager;
    }
}
