var VERSION = "95140f16abd0b200";
importScripts("static/offline.js");
