var VERSION = "f431515f870b1712";
importScripts("static/offline.js");
