var VERSION = "67d0b8bc08f7fd78";
importScripts("static/offline.js");
