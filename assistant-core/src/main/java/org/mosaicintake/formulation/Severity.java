package org.mosaicintake.formulation;

/** How much a problem weighs on the client, from the intake. */
public enum Severity {
    MILD(1), MODERATE(2), SEVERE(3);

    private final int weight;

    Severity(int weight) {
        this.weight = weight;
    }

    /** 1 to 3, used when ranking techniques for the problem. */
    public int weight() {
        return weight;
    }
}
