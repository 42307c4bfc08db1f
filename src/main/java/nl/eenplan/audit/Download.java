package nl.eenplan.audit;

/** A file to hand to the browser; its name holds no personal data. */
public record Download(String filename, String contentType, byte[] body) {}
