package com.merchantonboarding.security;

/**
 * A login or API key that was not accepted, published after it was counted (by {@link LoginThrottle#failed} and
 * the API key check). Carries no password or key: the account is an email address, or for an API key the key's
 * first characters (its prefix, as the merchant's key list shows it).
 *
 * @param scope   what was tried: {@link #PORTAL_PASSWORD}, {@link #API_KEY}, {@link #TWO_STEP_CODE}, or another scope of
 *                {@link LoginThrottle}
 * @param account who it was tried for, as the caller gave it (may be made up)
 * @param address the client's address
 */
public record LoginFailed(String scope, String account, String address) {

    /** The portal's password login ({@code portal/MerchantPasswordAuthentication}). */
    public static final String PORTAL_PASSWORD = "portal";
    /** An API key that was not accepted; the account is the prefix of the presented key. */
    public static final String API_KEY = "api-key";
    /** A wrong two-step code after the right password; the account is the merchant's id. */
    public static final String TWO_STEP_CODE = "two-step";
}
