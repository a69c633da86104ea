var VERSION = "10969a017dfcab49";
importScripts("static/offline.js");
