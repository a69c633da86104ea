var VERSION = "ba177184a3b32a77";
importScripts("static/offline.js");
