package dev.atlvs.people.network;

/**
 * How two people know each other. Colleague, collaborator and friend are symmetric (the same both ways); mentor and
 * mentee are each other's inverse: "A is mentor of B" is "B is mentee of A".
 */
public enum RelationshipType {
    COLLEAGUE, MENTOR, MENTEE, COLLABORATOR, FRIEND;

    /** Whether the relationship is the same seen from both sides. */
    public boolean isSymmetric() {
        return this != MENTOR && this != MENTEE;
    }

    /** The relationship seen from the other side: mentor and mentee swap, the others stay. */
    public RelationshipType inverse() {
        return switch (this) {
            case MENTOR -> MENTEE;
            case MENTEE -> MENTOR;
            case COLLEAGUE, COLLABORATOR, FRIEND -> this;
        };
    }
}
