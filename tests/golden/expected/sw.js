var VERSION = "e4a12dc884fa21b0";
importScripts("static/offline.js");
