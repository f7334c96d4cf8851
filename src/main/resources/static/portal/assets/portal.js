// Checks a step's fields as the merchant types, with the server's own validation (POST .../check), and shows
// the messages where the server-rendered page shows them. Optional: without JavaScript, saving shows the same.
(function () {
  'use strict';
  // After a refused save, take keyboard and screen-reader users to the list of what to correct.
  var summary = document.querySelector('.problem-summary');
  if (summary) {
    summary.focus();
  }
  document.querySelectorAll('form[data-check]').forEach(function (form) {
    var timer = null;
    var pending = null;
    function show(problems) {
      form.querySelectorAll('[name]').forEach(function (input) {
        var box = document.getElementById(input.name + '-error');
        if (!box || input.type === 'hidden') {
          return;
        }
        var messages = problems[input.name] || [];
        box.textContent = messages.join(' ');
        box.classList.toggle('shown', messages.length > 0);
        if (input.id === input.name) {
          if (messages.length > 0) {
            input.setAttribute('aria-invalid', 'true');
          } else {
            input.removeAttribute('aria-invalid');
          }
          var field = input.closest('.field');
          if (field && !field.querySelector('ul.due')) {
            field.classList.toggle('field-problem', messages.length > 0);
          }
        }
      });
    }
    function check() {
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      fetch(form.getAttribute('data-check'), {
        method: 'POST', body: new FormData(form), credentials: 'same-origin',
        headers: {'Accept': 'application/json'}, signal: pending.signal
      }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (answer) {
        if (answer && answer.problems) {
          show(answer.problems);
        }
      }).catch(function () { /* the check is a convenience: saving validates anyway */ });
    }
    function later() {
      clearTimeout(timer);
      timer = setTimeout(check, 400);
    }
    form.addEventListener('input', later);
    form.addEventListener('change', later);
  });
})();
