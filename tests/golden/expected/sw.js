var VERSION = "e30d3b5302fff5ae";
importScripts("static/offline.js");
