var VERSION = "585cbb5048033d2d";
importScripts("static/offline.js");
