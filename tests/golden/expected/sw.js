var VERSION = "a2be9aeac8c2daa8";
importScripts("static/offline.js");
