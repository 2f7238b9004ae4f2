package dev.atlvs.people.company.rating;

/** What a rating of a company is about. */
public enum RatingCategory {
    OVERALL, QUALITY, TIMELINESS, COMMUNICATION, VALUE, SAFETY, OTHER
}
