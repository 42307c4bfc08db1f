package nl.eenplan.consent;

/** A consent with where it stands on the day it is shown. */
public record ConsentLine(Consent consent, ConsentStatus status) {}
