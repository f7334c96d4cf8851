package com.merchantonboarding.application;

/** Who caused a status change, as the merchant sees it in the history (never the officer's name). */
public enum Actor { MERCHANT, SYSTEM, OFFICER }
