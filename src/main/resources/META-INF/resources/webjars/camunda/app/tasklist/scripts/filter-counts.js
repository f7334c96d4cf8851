/*
 * Every Tasklist filter shows how many tasks it holds, "Compliance queue (3)": Tasklist 7.24 counts only the filter
 * that is open, so an officer cannot see where the work is. The counts come from the engine's filter list with
 * itemCount=true (under the Tasklist login: each user's own tasks), every 15 seconds; they are written as text.
 *
 * Landing: Tasklist opens the first filter (the lead's "Second reviews", the officer's "Compliance queue") even when
 * it is empty. When the counts first arrive and Tasklist has opened that first filter on its own and it holds no task,
 * the first filter that has work is opened instead, once per page load. A filter chosen by the officer (any other)
 * and a task opened by its link are never changed.
 */
const root = document.querySelector('base')?.getAttribute('app-root') || '/camunda';
const counts = new Map();
let lastAsked = 0;

function engineName() {
  const match = window.location.pathname.match(/\/app\/tasklist\/([^/]+)\//);
  return match ? match[1] : 'default';
}

function filterName(link) {
  const first = link.firstChild;
  return (first && first.nodeType === Node.TEXT_NODE ? first.textContent : link.textContent).trim();
}

function paint() {
  document.querySelectorAll('.task-filters .task-filter h4.name a').forEach(link => {
    const count = counts.get(filterName(link));
    let badge = link.querySelector('.filter-count');
    if (count === undefined) {
      return;
    }
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'filter-count';
      link.appendChild(badge);
    }
    const text = ' (' + count + ')';
    if (badge.textContent !== text) {
      badge.textContent = text;
    }
  });
}

async function refresh() {
  // At most one request every two seconds, however often Tasklist redraws.
  if (!document.querySelector('.task-filters .task-filter') || Date.now() - lastAsked < 2000) {
    return;
  }
  lastAsked = Date.now();
  try {
    const response = await fetch(root + '/api/engine/engine/' + encodeURIComponent(engineName())
      + '/filter?resourceType=Task&itemCount=true', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      return;
    }
    counts.clear();
    (await response.json()).forEach(filter => counts.set(filter.name, filter.itemCount));
    paint();
    land();
  } catch (e) {
    // Offline or logged out: the counts stay as they were.
  }
}

let landed = false;

function land() {
  const items = [...document.querySelectorAll('.task-filters .task-filter')];
  const active = items.find(item => item.classList.contains('active'));
  if (landed || !counts.size || !active) {
    return;
  }
  landed = true;
  // A task opened by its link (from a mail, a colleague, a bookmark) stays open.
  if (/[?&]task=/.test(window.location.hash)) {
    return;
  }
  const countOf = item => {
    const link = item.querySelector('h4.name a');
    return link ? counts.get(filterName(link)) : undefined;
  };
  if (active !== items[0] || countOf(active) !== 0) {
    return;
  }
  const withWork = items.find(item => countOf(item) > 0);
  if (withWork) {
    withWork.querySelector('h4.name a').click();
  }
}

// Tasklist draws the filters again when it reloads them: put the counts back at once.
let pending = false;
new MutationObserver(() => {
  if (!pending) {
    pending = true;
    window.requestAnimationFrame(() => {
      pending = false;
      if (document.querySelector('.task-filters .task-filter h4.name a:not(:has(.filter-count))')) {
        if (counts.size) {
          paint();
        } else {
          refresh();
        }
      }
      land();
    });
  }
}).observe(document.body, { childList: true, subtree: true });
window.setInterval(() => { lastAsked = 0; refresh(); }, 15000);
