var VERSION = "804f9e5cc676149e";
importScripts("static/offline.js");
