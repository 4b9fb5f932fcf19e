// Kooliabi widgets' auto-height, for a school page that embeds them:
//   <script src="https://<kooliabi>/embed.js" async></script>
// A widget posts only {kooliabi: 'height', height: <px>} to its parent. This
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

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !isHeight(event.data)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && fromApp(frame.src)) {
        frame.style.height = Math.ceil(event.data.height) + 'px';
        return;
      }
    }
  });
})();
