var VERSION = "58058d751a7345aa";
importScripts("static/offline.js");
