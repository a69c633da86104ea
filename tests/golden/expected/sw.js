var VERSION = "483335cd920094ce";
importScripts("static/offline.js");
