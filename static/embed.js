// Kooliabi widgets' auto-height, for a school page that embeds them:
//   <script src="https://<kooliabi>/embed.js" async></script>
// A widget posts only {kooliabi: 'height', height: <px>} to its parent, when
// its height changes and when this script asks ({kooliabi: 'height?'}, for
// widgets that started before it). This
// script accepts exactly that, only from the origin it was loaded from and
// only from the window of one of this page's iframes showing that origin,
// and sets that iframe's height. It reads and sends nothing else.
(function () {
  'use strict';
  var me = document.currentScript;
  if (!me || !me.src) return;
  var origin = new URL(me.src).origin;

  function fromApp(src) {
    try { return new URL(src, document.baseURI).origin === origin; } catch (e) { return false; }
  }

  function isHeight(data) {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
    var keys = Object.keys(data);
    if (keys.length !== 2 || data.kooliabi !== 'height') return false;
    var h = data.height;
    return typeof h === 'number' && isFinite(h) && h >= 0 && h <= 20000;
  }

  function widgets() {
    var all = document.getElementsByTagName('iframe');
    var found = [];
    for (var i = 0; i < all.length; i++) if (fromApp(all[i].src)) found.push(all[i]);
    return found;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !isHeight(event.data)) return;
    var frames = widgets();
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(event.data.height) + 'px';
        return;
      }
    }
  });

  // A widget that started before this script posted its height unheard: ask
  // each one now and whenever it loads. The question carries nothing, so it
  // goes to whatever document the frame holds ('*': a frame still loading
  // holds an empty document of this page's origin).
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ kooliabi: 'height?' }, '*');
  }
  var frames = widgets();
  for (var i = 0; i < frames.length; i++) {
    ask(frames[i]);
    frames[i].addEventListener('load', ask.bind(null, frames[i]));
  }
})();
