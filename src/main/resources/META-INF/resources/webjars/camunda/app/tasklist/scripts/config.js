/*
 * Tasklist configuration of Merchant Onboarding (replaces the webjar's scripts/config.js, whose settings are all
 * commented out but the keyboard shortcuts, kept here). The custom script shows the number of tasks on every filter.
 */
export default {
  customScripts: ['scripts/filter-counts'],

  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the task that is open' },
    focusFilter: { key: 'ctrl+shift+f', description: 'moves the focus to the first filter' },
    focusList: { key: 'ctrl+alt+l', description: 'moves the focus to the first task of the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'moves the focus to the first field of the task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the dialogue to start a process' }
  }
};
