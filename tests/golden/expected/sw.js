var VERSION = "b4bd426d951c56f5";
importScripts("static/offline.js");
