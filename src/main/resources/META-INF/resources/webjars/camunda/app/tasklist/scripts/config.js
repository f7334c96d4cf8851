/*
 * Tasklist configuration of Merchant Onboarding (replaces the webjar's scripts/config.js, whose settings are all
 * commented out but the keyboard shortcuts, kept here). The custom scripts show the number of tasks on every filter
 * (scripts/filter-counts.js) and the header link to the leads' dashboard (scripts/leads-dashboard-link.js).
 */
export default {
  customScripts: ['scripts/filter-counts', 'scripts/leads-dashboard-link'],

  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the task that is open' },
    focusFilter: { key: 'ctrl+shift+f', description: 'moves the focus to the first filter' },
    focusList: { key: 'ctrl+alt+l', description: 'moves the focus to the first task of the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'moves the focus to the first field of the task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the dialogue to start a process' }
  }
};
