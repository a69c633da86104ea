var VERSION = "558c82b11dacab5a";
importScripts("static/offline.js");
