var VERSION = "8ed9a7ce5cf3cb4f";
importScripts("static/offline.js");
