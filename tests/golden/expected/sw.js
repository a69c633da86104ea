var VERSION = "f3a1e043601cb014";
importScripts("static/offline.js");
