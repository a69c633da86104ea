var VERSION = "8a31aacd3374069c";
importScripts("static/offline.js");
