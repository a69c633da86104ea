var VERSION = "b2a628a426bc0a24";
importScripts("static/offline.js");
