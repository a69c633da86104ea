var VERSION = "637f5b57753502e7";
importScripts("static/offline.js");
