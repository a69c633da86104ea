var VERSION = "f2d3270357d376d3";
importScripts("static/offline.js");
