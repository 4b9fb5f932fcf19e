// Registers the service worker (sw.js, at the root of the app) and relays its
// state to the page through window events; the page's UpdatePrompt shows
// them (crates/web/src/components/update_prompt.rs):
//   kooliabi:update-ready   sent here: a new release is installed and waits
//   kooliabi:update-query   sent by the page: send update-ready again if so
//   kooliabi:apply-update   sent by the page: activate it, then reload once
// Every page of every area includes this file from the root of dist/, so
// the root is found from this script's own address.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !document.currentScript) return;
  var container = navigator.serviceWorker;
  var root = new URL('./', document.currentScript.src).href;
  // On a connection the user spares (Save-Data), the worker keeps only the
  // areas they open, not the whole 1.4 MB release (see sw.js).
  var sparing = Boolean(navigator.connection && navigator.connection.saveData);
  var script = root + 'sw.js' + (sparing ? '?save-data' : '');
  var registration = null;
  var applying = false;

  function waiting() {
    // Only an update: the very first install has no controller to replace.
    return registration && registration.waiting && container.controller ? registration.waiting : null;
  }
  function announce() {
    if (waiting()) window.dispatchEvent(new Event('kooliabi:update-ready'));
  }

  window.addEventListener('kooliabi:update-query', announce);
  window.addEventListener('kooliabi:apply-update', function () {
    var worker = waiting();
    // Another tab has switched to the new release already: only reload.
    if (!worker) { window.location.reload(); return; }
    applying = true;
    worker.postMessage({ type: 'skip-waiting' });
  });
  // The first install also changes the controller (clients.claim): reload
  // only when the user asked for the update.
  container.addEventListener('controllerchange', function () {
    if (!applying) return;
    applying = false;
    window.location.reload();
  });

  // The policy allows exactly one Trusted Types policy, this one, and it
  // only makes the address of sw.js beside this script.
  var policy = window.trustedTypes
    ? window.trustedTypes.createPolicy('kooliabi-sw', {
      createScriptURL: function (url) {
        if (url !== script) throw new TypeError('not the service worker');
        return url;
      },
    })
    : { createScriptURL: function (url) { return url; } };

  function register() {
    container.register(policy.createScriptURL(script), { scope: root }).then(function (reg) {
      registration = reg;
      announce();
      // The worker keeps the pages' builds in this page's language
      // (loader.js set it on <html> before the app started).
      container.ready.then(function (ready) {
        if (ready.active) ready.active.postMessage({ type: 'keep-language', lang: document.documentElement.lang });
      });
      reg.addEventListener('updatefound', function () {
        var worker = reg.installing;
        if (!worker) return;
        worker.addEventListener('statechange', function () {
          if (worker.state === 'installed') announce();
        });
      });
    }, function () {
      // No worker (a host without sw.js, a private window that refuses it):
      // the app works as before, only not offline.
    });
  }
  // A tab left open for days (a teacher's) hears of a new release too: the
  // browser looks for one only when a page loads, so look again every hour
  // the tab is in use, and when it is shown after an hour away.
  var HOUR = 60 * 60 * 1000;
  var checked = Date.now();
  function check() {
    if (!registration || document.visibilityState !== 'visible' || Date.now() - checked < HOUR) return;
    checked = Date.now();
    registration.update().catch(function () { /* offline: the next check */ });
  }
  document.addEventListener('visibilitychange', check);
  setInterval(check, HOUR);

  // After the page's own files, so caching the release does not slow them.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
})();
