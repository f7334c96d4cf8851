package com.merchantonboarding.merchant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

@Entity
@Table(name = "merchant")
public class Merchant {

    @Id
    private UUID id;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "display_name")
    private String displayName;
    private String locale;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Merchant() {
    }

    Merchant(String email, String passwordHash, String displayName, Locale locale, Instant now) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.locale = locale.toLanguageTag();
        this.createdAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    void changeLocale(Locale locale) {
        this.locale = locale.toLanguageTag();
    }
}
