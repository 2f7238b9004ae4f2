package dev.atlvs.programming.callsheet;

/** Who a call sheet calls (the column {@code call_type}). */
public enum CallType {
    GENERAL, CREW, TALENT, VENDOR, SECURITY, MEDICAL, TRANSPORT
}
