package dev.atlvs.spring;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test that starts each case on a new, empty database of the embedded server ({@link EmptyDatabase}), dropped after it. */
abstract class OnAnEmptyDatabase {

    EmptyDatabase database;

    @BeforeEach
    void createDatabase() {
        database = EmptyDatabase.create();
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }
}
