package dev.kam.contact.architecture;

import dev.kam.plumbing.architecture.ServiceLayeringTest;

/** This service keeps the suite's code shape (docs/adr/0012): no dependency runs back up. */
class LayeringTest extends ServiceLayeringTest {

    LayeringTest() {
        super("dev.kam.contact");
    }
}
