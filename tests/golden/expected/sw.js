var VERSION = "8d9a2e63355d6ed2";
importScripts("static/offline.js");
