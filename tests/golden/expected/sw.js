var VERSION = "c5f8d2383736bf0b";
importScripts("static/offline.js");
