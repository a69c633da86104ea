var VERSION = "7501cd8f2a6ed6fd";
importScripts("static/offline.js");
