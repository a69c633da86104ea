var VERSION = "764f1e1b0007e0bd";
importScripts("static/offline.js");
