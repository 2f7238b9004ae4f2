package dev.atlvs.programming.travel;

/** What an itinerary is for: a journey, a day's travel, an event, a tour, business, a crew's travel, training, personal. */
public enum ItineraryType {
    TRAVEL, DAILY, EVENT, TOUR, BUSINESS, CREW, TRAINING, PERSONAL
}
