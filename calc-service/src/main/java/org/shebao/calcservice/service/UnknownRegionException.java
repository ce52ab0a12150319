package org.shebao.calcservice.service;

/** The request names a region calc-service does not know (HTTP 404). */
public class UnknownRegionException extends RuntimeException {

    private final String field;

    public UnknownRegionException(String field, String regionCode) {
        super("no region " + regionCode);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
