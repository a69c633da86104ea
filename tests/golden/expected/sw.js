var VERSION = "e9e212d5faab5bd6";
importScripts("static/offline.js");
