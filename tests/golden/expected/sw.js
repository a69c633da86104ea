var VERSION = "8bd4952b45059ce0";
importScripts("static/offline.js");
