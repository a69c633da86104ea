var VERSION = "4ec5986d6a58b9a0";
importScripts("static/offline.js");
