// Tasklist configuration of Merchant Onboarding (replaces the webjar's config.js, which only sets the
// keyboard shortcuts kept below).
export default {
  // The header link to the leads' dashboard (scripts/leads-dashboard-link.js).
  customScripts: ['scripts/leads-dashboard-link'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
