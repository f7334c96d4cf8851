/*
 * Every Tasklist filter shows how many tasks it holds, "Compliance queue (3)": Tasklist 7.24 counts only the filter
 * that is open, so an officer cannot see where the work is. The counts come from the engine's filter list with
 * itemCount=true (under the Tasklist login: each user's own tasks), every 15 seconds; they are written as text.
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
  } catch (e) {
    // Offline or logged out: the counts stay as they were.
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
    });
  }
}).observe(document.body, { childList: true, subtree: true });
window.setInterval(() => { lastAsked = 0; refresh(); }, 15000);
