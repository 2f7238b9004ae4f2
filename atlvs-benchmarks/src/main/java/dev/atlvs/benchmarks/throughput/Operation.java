package dev.atlvs.benchmarks.throughput;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The operations of the mixed workload and their fixed shares of the calls: 70 % reads (get by id 40 %, keyset page
 * 20 %, dashboard 10 %) and 30 % single-row writes (insert 15 %, update with version check 15 %).
 */
public enum Operation {
    GET_BY_ID("get by id", 40),
    KEYSET_PAGE("keyset page", 20),
    DASHBOARD("dashboard", 10),
    INSERT("insert", 15),
    UPDATE("update", 15);

    private static final Operation[] VALUES = values();
    private static final int TOTAL = 100;

    static {
        int sum = 0;
        for (Operation operation : VALUES) {
            sum += operation.percent;
        }
        if (sum != TOTAL) {
            throw new ExceptionInInitializerError("the shares of the mix add up to " + sum + " %, not 100 %");
        }
    }

    private final String label;
    private final int percent;

    Operation(String label, int percent) {
        this.label = label;
        this.percent = percent;
    }

    /** The name in reports, e.g. {@code keyset page}. */
    public String label() {
        return label;
    }

    /** This operation's share of the calls, in percent. */
    public int percent() {
        return percent;
    }

    /** Draws an operation with the mix's shares. */
    public static Operation pick(UniformRandomProvider random) {
        int draw = random.nextInt(TOTAL);
        for (Operation operation : VALUES) {
            draw -= operation.percent;
            if (draw < 0) {
                return operation;
            }
        }
        throw new AssertionError("the shares add up to 100 %");
    }
}
