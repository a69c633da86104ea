var VERSION = "a8b9571d3100ab56";
importScripts("static/offline.js");
