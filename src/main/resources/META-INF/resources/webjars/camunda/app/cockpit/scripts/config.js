// Cockpit configuration of Merchant Onboarding (replaces the webjar's config.js, which sets nothing).
export default {
  // The header link to the leads' dashboard: the one script, shipped with Tasklist's scripts.
  customScripts: ['../tasklist/scripts/leads-dashboard-link']
};
