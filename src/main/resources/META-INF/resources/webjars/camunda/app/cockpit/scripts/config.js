// Cockpit configuration of Merchant Onboarding (replaces the webjar's config.js, which sets nothing).
export default {
  // The header link to the leads' dashboard (scripts/leads-dashboard-link.js).
  customScripts: ['scripts/leads-dashboard-link']
};
