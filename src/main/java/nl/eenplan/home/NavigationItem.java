package nl.eenplan.home;

/** A link in the main navigation; {@code label} is a message key. */
public record NavigationItem(String path, String label) {}
