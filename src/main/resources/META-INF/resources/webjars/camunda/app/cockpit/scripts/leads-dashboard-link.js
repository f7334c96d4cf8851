// Merchant Onboarding: a "Leads' dashboard" link in the header, for the users who may read it (compliance leads,
// business analysts, administrators: /back-office/leads/access answers 204 for them). Loaded by config.js as a
// custom script; it exports no plugin. The same file serves Tasklist and Cockpit (docs/officer-guide.md, "For leads").
// The webapps log in without loading the page again, and AngularJS draws the header after this script runs and
// again on some navigations: so whoever the header shows is asked about once, and the link is added whenever the
// header's menu is there without it.
const LINK_CLASS = 'leads-dashboard-link';
const MENUS = ['[cam-widget-header] .sections-menu ul', '[cam-widget-header] nav.cam-nav > ul'];
let checkedFor = null;
let allowed = false;

function addLink() {
  if (document.querySelector('.' + LINK_CLASS)) {
    return;
  }
  const menu = MENUS.map(selector => document.querySelector(selector)).find(found => found);
  if (!menu) {
    return;
  }
  const item = document.createElement('li');
  item.className = LINK_CLASS;
  const link = document.createElement('a');
  link.href = '/back-office/leads/dashboard';
  link.textContent = "Leads' dashboard";
  item.appendChild(link);
  menu.appendChild(item);
}

function update() {
  const account = document.querySelector('[cam-widget-header] .account');
  const user = account ? account.textContent.trim() : null;
  if (user === checkedFor) {
    if (allowed) {
      addLink();
    }
    return;
  }
  checkedFor = user;
  allowed = false;
  document.querySelectorAll('.' + LINK_CLASS).forEach(link => link.remove());
  if (!user) {
    return;
  }
  fetch('/back-office/leads/access', {credentials: 'same-origin', redirect: 'manual'})
    .then(response => {
      if (checkedFor === user) {
        allowed = response.status === 204;
        // What was decided for whom, for tests and for anyone wondering why the link is (not) there.
        document.body.dataset.leadsDashboardLink = allowed ? 'shown' : 'hidden';
        if (allowed) {
          addLink();
        }
      }
    })
    .catch(() => {});
}

update();
new MutationObserver(update).observe(document.body, {childList: true, subtree: true});
