package org.shebao.calcservice.service;

/**
 * The request names a region outside the mainland social-insurance system (台湾, 香港, 澳门): its code is valid, but no
 * policy of this platform can apply there (HTTP 422).
 */
public class RegionNotCoveredException extends RuntimeException {

    private final String field;

    public RegionNotCoveredException(String field, String regionCode) {
        super("region " + regionCode + " is not covered: 台湾、香港、澳门 are outside the mainland social-insurance and "
                + "medical-insurance system");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
