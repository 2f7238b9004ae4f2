package dev.atlvs.programming.accreditation;

/** Who a pass is for. */
public enum PassType {
    ARTIST, CREW, STAFF, VENDOR, MEDIA, GUEST, VIP, ALL_ACCESS
}
