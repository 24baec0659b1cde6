// atqb-sync admin console: the little script the pages need (no framework, nothing inline: the CSP allows only this file).
(function () {
  'use strict';

  // The dashboard's running-sync box reloads itself every few seconds while a sync runs.
  function refreshRunning(box) {
    var url = box.getAttribute('data-refresh');
    var seconds = parseInt(box.getAttribute('data-refresh-seconds') || '3', 10);
    function reload() {
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (response) {
          if (!response.ok) { throw new Error('HTTP ' + response.status); }
          return response.text();
        })
        .then(function (html) {
          var holder = document.createElement('div');
          holder.innerHTML = html;
          var fresh = holder.querySelector('#running');
          if (fresh) {
            box.innerHTML = fresh.innerHTML;
            box.setAttribute('data-updated', new Date().toISOString());
          }
          window.setTimeout(reload, seconds * 1000);
        })
        .catch(function () {
          box.setAttribute('data-stale', 'true');
          window.setTimeout(reload, seconds * 4000);
        });
    }
    window.setTimeout(reload, seconds * 1000);
  }

  // "Select all" in a table of row checkboxes (the Purchase Order Search).
  function selectAll(toggle) {
    toggle.addEventListener('change', function () {
      var boxes = document.querySelectorAll('input[type=checkbox][name="' + toggle.getAttribute('data-select-all') + '"]');
      Array.prototype.forEach.call(boxes, function (box) { if (!box.disabled) { box.checked = toggle.checked; } });
    });
  }

  // A button that says "working..." while its form posts (the preview pulls Autotask and may take a while).
  function busyOnSubmit(form) {
    form.addEventListener('submit', function () {
      var button = form.querySelector('button[data-busy-text]');
      if (button) {
        button.textContent = button.getAttribute('data-busy-text');
        button.setAttribute('aria-busy', 'true');
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var running = document.getElementById('running');
    if (running && running.hasAttribute('data-refresh')) { refreshRunning(running); }
    Array.prototype.forEach.call(document.querySelectorAll('input[data-select-all]'), selectAll);
    Array.prototype.forEach.call(document.querySelectorAll('form[data-busy]'), busyOnSubmit);
  });
}());
