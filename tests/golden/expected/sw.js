var VERSION = "7f9c489f44fe3c76";
importScripts("static/offline.js");
