var VERSION = "d1eec9d210f3f422";
importScripts("static/offline.js");
